export * from './types';
export { THREADS_KEY, readThreads, readThread, writeThread, deleteThread, newThread } from './doc';
export { anchorInText, anchoredText, isAnchorInBody } from './anchor';

export * from './types';
export { readThreads, readThread, addThread, putMessage, setResolution, observeDiscussion } from './doc';
export { anchorInText, anchoredText, isAnchorInBody } from './anchor';

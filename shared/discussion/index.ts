export * from './types';
export {
  THREADS_KEY,
  MESSAGES_KEY,
  RESOLUTIONS_KEY,
  readThreads,
  readThread,
  addThread,
  putMessage,
  setResolution,
  observeDiscussion,
} from './doc';
export { anchorInText, anchoredText, isAnchorInBody } from './anchor';

import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Hocuspocus hands every extension's `beforeSync` the same payload object:
 * the plan-text check and the journal's validity check share one decode of it
 * instead of decoding each update twice on the way to the acknowledgement.
 */
const decoded = new WeakMap<Uint8Array, DecodedUpdate | null>();

/**
 * `update` decoded in full (structs and delete set), as applying would; `null`
 * for bytes that are no Yjs update. Hocuspocus swallows the error of applying
 * garbage and acknowledges it, so such bytes must be refused before that.
 */
export function decodeUpdateOnce(update: Uint8Array): DecodedUpdate | null {
  if (decoded.has(update)) return decoded.get(update)!;
  let result: DecodedUpdate | null;
  try {
    result = Y.decodeUpdate(update);
  } catch {
    result = null;
  }
  decoded.set(update, result);
  return result;
}

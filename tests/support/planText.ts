import * as Y from 'yjs';
import type { TestClient } from './collabClient';

/** Appends a paragraph to the plan text the way the editor's Yjs binding does. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment('body');
  body.insert(body.length, [paragraph]);
}

/** The plan text as XML: each paragraph's text ends at `<`, which makes exact matches easy. */
export const bodyText = (doc: Y.Doc) => doc.getXmlFragment('body').toString();

/**
 * Counts how many of a client's edits the server has acknowledged: the
 * provider sends one message per edit and the server acknowledges them in
 * order, so `made - outstanding` have been acknowledged. Call `made++` after each edit.
 */
export function trackAcknowledged(client: TestClient): { made: number; acknowledged: number } {
  const state = { made: 0, acknowledged: 0 };
  client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    state.acknowledged = Math.max(state.acknowledged, state.made - number);
  });
  return state;
}

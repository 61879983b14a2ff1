import * as Y from 'yjs';

/** A document made from stored updates, in their order, as the server loads one. */
export function rebuild(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** A doc whose every change is captured as an update, like the socket delivers them. */
export function recordingEditor() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, updates, text: doc.getText('t') };
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { transformCaret, type TextDelta } from './caret';

/** The delta a remote change produces on a text, as the binding receives it. */
function deltaOf(initial: string, change: (text: Y.Text) => void): TextDelta {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  let delta: TextDelta = [];
  text.observe((event) => {
    delta = event.delta as TextDelta;
  });
  change(text);
  return delta;
}

describe('transformCaret', () => {
  it('moves with text inserted before it and stays for text after it', () => {
    const delta = deltaOf('hyvinvointi', (t) => t.insert(0, 'Lasten '));
    expect(transformCaret(5, delta)).toBe(12);
    const after = deltaOf('hyvinvointi', (t) => t.insert(11, '!'));
    expect(transformCaret(5, after)).toBe(5);
  });

  it('stays in front of text inserted exactly at the caret', () => {
    const delta = deltaOf('abc', (t) => t.insert(2, 'XY'));
    expect(transformCaret(2, delta)).toBe(2);
    expect(transformCaret(3, delta)).toBe(5);
  });

  it('moves back with deleted text and lands at the start of a deletion around it', () => {
    const before = deltaOf('abcdef', (t) => t.delete(0, 2));
    expect(transformCaret(4, before)).toBe(2);
    const around = deltaOf('abcdef', (t) => t.delete(1, 3));
    expect(transformCaret(2, around)).toBe(1);
    expect(transformCaret(5, around)).toBe(2);
    expect(transformCaret(1, around)).toBe(1);
  });

  it('follows a replacement', () => {
    const delta = deltaOf('vanha teksti', (t) => {
      t.doc?.transact(() => {
        t.delete(0, 5);
        t.insert(0, 'uusi');
      });
    });
    expect(transformCaret(12, delta)).toBe(11);
    expect(transformCaret(0, delta)).toBe(0);
  });

  it('is unchanged by an empty delta', () => {
    expect(transformCaret(3, [])).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { exportableStrings, exportableText } from './exportableText';

describe('exportableText', () => {
  it('mends lone surrogates, drops what XML 1.0 forbids, keeps tabs, line breaks and pairs', () => {
    expect(exportableText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(exportableText('x\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFFy')).toBe('xy');
    expect(exportableText('rivi\t1\nrivi\r2 😀 Åbo')).toBe('rivi\t1\nrivi\r2 😀 Åbo');
  });

  it('reaches every string of plain data and leaves other values as they are', () => {
    const date = new Date('2026-06-12T10:00:00Z');
    const input = { title: 'T\uD800', date, count: 3, none: null, list: [{ text: 'a\u0001' }, ['b\uFFFF']] };
    const out = exportableStrings(input);
    expect(out).toEqual({ title: 'T\uFFFD', date, count: 3, none: null, list: [{ text: 'a' }, ['b']] });
    expect(out.date).toBe(date);
    // The input is not changed: the live document's data stays as it is.
    expect(input.title).toBe('T\uD800');
  });
});

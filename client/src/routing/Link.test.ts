import { describe, expect, it } from 'vitest';
import { opensInPlace, type LinkClick } from './Link';

const plain: LinkClick = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

describe('opensInPlace', () => {
  it('follows a plain left click in the app', () => {
    expect(opensInPlace(plain, undefined)).toBe(true);
    expect(opensInPlace(plain, '_self')).toBe(true);
  });

  it('leaves new tabs, windows and downloads to the browser', () => {
    for (const modifier of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) {
      expect(opensInPlace({ ...plain, [modifier]: true }, undefined)).toBe(false);
    }
    expect(opensInPlace({ ...plain, button: 1 }, undefined)).toBe(false);
    expect(opensInPlace(plain, '_blank')).toBe(false);
  });

  it('does nothing when a handler already took the click', () => {
    expect(opensInPlace({ ...plain, defaultPrevented: true }, undefined)).toBe(false);
  });
});

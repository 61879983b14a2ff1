import { describe, expect, it } from 'vitest';
import { tableShortcut } from './keys';

const none = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

describe('table shortcuts', () => {
  it('maps undo and redo on Ctrl and ⌘, with Caps Lock too', () => {
    expect(tableShortcut({ ...none, key: 'z', ctrlKey: true })).toBe('undo');
    expect(tableShortcut({ ...none, key: 'Z', metaKey: true })).toBe('undo');
    expect(tableShortcut({ ...none, key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(tableShortcut({ ...none, key: 'y', ctrlKey: true })).toBe('redo');
  });

  it('maps Alt+arrows to moves', () => {
    expect(tableShortcut({ ...none, key: 'ArrowUp', altKey: true })).toBe('up');
    expect(tableShortcut({ ...none, key: 'ArrowDown', altKey: true })).toBe('down');
  });

  it('leaves other keys to the control', () => {
    expect(tableShortcut({ ...none, key: 'z' })).toBeNull();
    expect(tableShortcut({ ...none, key: 'ArrowUp' })).toBeNull();
    expect(tableShortcut({ ...none, key: 'ArrowUp', altKey: true, shiftKey: true })).toBeNull();
    expect(tableShortcut({ ...none, key: 'z', ctrlKey: true, altKey: true })).toBeNull();
    expect(tableShortcut({ ...none, key: 'c', ctrlKey: true })).toBeNull();
  });
});

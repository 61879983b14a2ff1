export type Shortcut = 'undo' | 'redo' | 'up' | 'down';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The table's keyboard shortcuts: Ctrl+Z (⌘Z) undo, Ctrl+Shift+Z or Ctrl+Y
 * redo, Alt+↑/↓ move the row. Anything else is left to the focused control.
 */
export function tableShortcut(event: KeyLike): Shortcut | null {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (command && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    return null;
  }
  if (event.altKey && !command && !event.shiftKey) {
    if (event.key === 'ArrowUp') return 'up';
    if (event.key === 'ArrowDown') return 'down';
  }
  return null;
}

/** Where a status picker is: closed, or open with one option active. */
export interface PickerState {
  open: boolean;
  /** The active option's index while open. */
  active: number;
}

export interface PickerKey {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What a key does: nothing (the key goes on to the page), or a new state, maybe with an option chosen. */
export type PickerAnswer = null | { state: PickerState; choose?: number };

/** The next option after `from` whose label starts with `letter`, wrapping; -1 if none does. */
function typeAhead(labels: readonly string[], letter: string, from: number): number {
  const lower = letter.toLocaleLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const at = (from + step) % labels.length;
    if (labels[at]!.toLocaleLowerCase().startsWith(lower)) return at;
  }
  return -1;
}

/**
 * The keys of a select-only combobox (WAI-ARIA APG): closed, the arrows,
 * Home, End, Enter, Space and Alt+Down open the list on the current value
 * (Home and End on the first and last option) and a letter opens it on the
 * next option starting with it; open, the arrows, Home, End, Page Up and
 * Page Down move the active option, Enter, Space and Alt+Up choose it, a
 * letter jumps, Escape closes without a change and Tab closes and moves on.
 */
export function pickerKey(state: PickerState, event: PickerKey, labels: readonly string[], current: number): PickerAnswer {
  const last = labels.length - 1;
  const { key } = event;
  const letter = key.length === 1 && key !== ' ' && !event.altKey && !event.ctrlKey && !event.metaKey;
  if (!state.open) {
    if (event.ctrlKey || event.metaKey) return null;
    if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') return { state: { open: true, active: current } };
    if (key === 'Home' || key === 'End') return { state: { open: true, active: key === 'Home' ? 0 : last } };
    if (letter) {
      const found = typeAhead(labels, key, current);
      return { state: { open: true, active: found < 0 ? current : found } };
    }
    return null;
  }
  const move = (active: number): PickerAnswer => ({ state: { open: true, active: Math.max(0, Math.min(last, active)) } });
  switch (key) {
    case 'ArrowDown':
      return move(state.active + 1);
    case 'ArrowUp':
      return event.altKey ? { state: { open: false, active: -1 }, choose: state.active } : move(state.active - 1);
    case 'Home':
    case 'PageUp':
      return move(0);
    case 'End':
    case 'PageDown':
      return move(last);
    case 'Enter':
    case ' ':
      return { state: { open: false, active: -1 }, choose: state.active };
    case 'Escape':
      return { state: { open: false, active: -1 } };
    default:
      if (letter) {
        const found = typeAhead(labels, key, state.active);
        return found < 0 ? { state } : move(found);
      }
      return null;
  }
}

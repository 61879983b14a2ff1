import { describe, expect, it } from 'vitest';
import { pickerKey, type PickerState } from './statusPickerKeys';

const LABELS = ['viety suunnitellusti loppuun', 'suunnitteluasteella tai aloitettu', 'ei toteutunut tai ei aloitettu', 'ei arvioitu'];
const closed: PickerState = { open: false, active: -1 };
const openAt = (active: number): PickerState => ({ open: true, active });

describe('the status picker’s keys', () => {
  it('opens on the current status with the arrows, Enter, Space and Alt+Down', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Enter', ' ']) expect(pickerKey(closed, { key }, LABELS, 2)).toEqual({ state: openAt(2) });
    expect(pickerKey(closed, { key: 'ArrowDown', altKey: true }, LABELS, 1)).toEqual({ state: openAt(1) });
  });

  it('opens on the first or last with Home and End, and on the next status of a letter', () => {
    expect(pickerKey(closed, { key: 'Home' }, LABELS, 2)).toEqual({ state: openAt(0) });
    expect(pickerKey(closed, { key: 'End' }, LABELS, 0)).toEqual({ state: openAt(3) });
    // From "ei toteutunut…" the next starting with e is "ei arvioitu", then round to it again.
    expect(pickerKey(closed, { key: 'e' }, LABELS, 2)).toEqual({ state: openAt(3) });
    expect(pickerKey(closed, { key: 'E' }, LABELS, 3)).toEqual({ state: openAt(2) });
  });

  it('leaves Tab, Escape and shortcuts to the page while closed', () => {
    for (const key of ['Tab', 'Escape', 'ArrowLeft', 'Delete']) expect(pickerKey(closed, { key }, LABELS, 0)).toBeNull();
    expect(pickerKey(closed, { key: 'z', ctrlKey: true }, LABELS, 0)).toBeNull();
    expect(pickerKey(closed, { key: 'ArrowDown', metaKey: true }, LABELS, 0)).toBeNull();
  });

  it('moves within the list without wrapping', () => {
    expect(pickerKey(openAt(1), { key: 'ArrowDown' }, LABELS, 0)).toEqual({ state: openAt(2) });
    expect(pickerKey(openAt(3), { key: 'ArrowDown' }, LABELS, 0)).toEqual({ state: openAt(3) });
    expect(pickerKey(openAt(0), { key: 'ArrowUp' }, LABELS, 0)).toEqual({ state: openAt(0) });
    expect(pickerKey(openAt(2), { key: 'PageUp' }, LABELS, 0)).toEqual({ state: openAt(0) });
    expect(pickerKey(openAt(1), { key: 'PageDown' }, LABELS, 0)).toEqual({ state: openAt(3) });
    expect(pickerKey(openAt(1), { key: 's' }, LABELS, 0)).toEqual({ state: openAt(1) });
    expect(pickerKey(openAt(1), { key: 'x' }, LABELS, 0)).toEqual({ state: openAt(1) });
  });

  it('chooses with Enter, Space and Alt+Up, and closes without a choice on Escape', () => {
    for (const key of ['Enter', ' ']) expect(pickerKey(openAt(2), { key }, LABELS, 0)).toEqual({ state: closed, choose: 2 });
    expect(pickerKey(openAt(1), { key: 'ArrowUp', altKey: true }, LABELS, 0)).toEqual({ state: closed, choose: 1 });
    expect(pickerKey(openAt(1), { key: 'Escape' }, LABELS, 0)).toEqual({ state: closed });
    expect(pickerKey(openAt(1), { key: 'Tab' }, LABELS, 0)).toBeNull();
  });
});

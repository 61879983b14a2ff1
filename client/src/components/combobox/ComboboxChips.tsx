import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import type { ComboOption } from './options';

/** How the first of an ordered list is marked (a measure's lead party) and how another is made first. */
export interface OrderedChips {
  firstBadge: string;
  makeFirstLabel: (label: string) => string;
}

interface Props {
  t: TFunction;
  /** Prefix of the chips' element ids. */
  id: string;
  label: string;
  values: readonly ComboOption[];
  ordered?: OrderedChips;
  readOnly: boolean;
  onRemove: (index: number) => void;
  onMakeFirst: (index: number) => void;
  /** Focus goes back to the text box. */
  onExit: () => void;
}

/** The element id of a chip's name (with its badge), which the text box's description lists. */
export function chipNameId(id: string, index: number): string {
  return `${id}-chip-${index}`;
}

/**
 * The chosen values as chips, each with a remove button (and, in an ordered
 * list, a button that makes it first). The buttons are out of the Tab order,
 * so that a table of many measures does not cost several Tab presses per
 * cell: Left arrow at the start of the text box comes here, the arrows move
 * between the buttons, Backspace or Delete removes the chip, Escape and
 * Right arrow past the last go back to the text box.
 */
export function ComboboxChips({ t, id, label, values, ordered, readOnly, onRemove, onMakeFirst, onExit }: Props) {
  const list = useRef<HTMLUListElement>(null);
  /** After a removal: the chip whose remove button takes focus (clamped), or the text box when none is left. */
  const focusAfter = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = focusAfter.current;
    if (index === null) return;
    focusAfter.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.cb__remove');
    const target = buttons?.[Math.min(index, buttons.length - 1)];
    if (target) target.focus();
    else onExit();
  }, [values, onExit]);

  if (values.length === 0) return null;

  const remove = (index: number) => {
    focusAfter.current = Math.max(0, index - 1);
    onRemove(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const chip = Number((event.target as HTMLElement).closest<HTMLElement>('[data-chip]')?.dataset.chip);
    const go = (index: number) => {
      event.preventDefault();
      if (index >= buttons.length) onExit();
      else buttons[Math.max(0, index)]?.focus();
    };
    if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(buttons.length - 1);
    else if (event.key === 'Escape') go(buttons.length);
    else if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      remove(chip);
    }
  };

  return (
    <ul ref={list} className="cb__chips" aria-label={label} onKeyDown={onKeyDown}>
      {values.map((value, index) => (
        <li key={value.id || value.label} className={`cb__chip ${ordered && index === 0 ? 'cb__chip--first' : ''}`} data-chip={index}>
          <span id={chipNameId(id, index)} className="cb__chip-name">
            {value.label}
            {ordered && index === 0 && <span className="cb__badge"> {ordered.firstBadge}</span>}
          </span>
          {!readOnly && ordered && index > 0 && (
            <button
              type="button"
              tabIndex={-1}
              className="cb__chip-button cb__make-first"
              aria-label={ordered.makeFirstLabel(value.label)}
              title={ordered.makeFirstLabel(value.label)}
              onClick={() => onMakeFirst(index)}
            >
              ↑
            </button>
          )}
          {!readOnly && (
            <button
              type="button"
              tabIndex={-1}
              className="cb__chip-button cb__remove"
              aria-label={t('combobox.remove', { label: value.label })}
              title={t('combobox.remove', { label: value.label })}
              onClick={() => remove(index)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

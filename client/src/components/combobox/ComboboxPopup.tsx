import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import type { ComboOption } from './options';
import { usePopupPosition } from './usePopupPosition';

interface Props {
  t: TFunction;
  /** The control the list opens from. */
  anchor: RefObject<HTMLElement | null>;
  listboxId: string;
  label: string;
  /** The options listed, in order; a "create" entry follows them when `create` is set. */
  shown: readonly ComboOption[];
  /** How many match in all (more than `shown` when the list is cut). */
  total: number;
  chosen: ReadonlySet<string>;
  create: string | null;
  /** Index over `shown` and then the create entry; -1 for none. */
  active: number;
  optionId: (index: number) => string;
  onPick: (index: number) => void;
}

/**
 * The combobox's listbox (WAI-ARIA 1.2): focus stays in the text box, which
 * points at the active option with `aria-activedescendant`; a chosen option
 * is `aria-selected`. Pressing an option does not take focus from the text
 * box. Under the list, the keys in words for those who see them.
 */
export function ComboboxPopup({ t, anchor, listboxId, label, shown, total, chosen, create, active, optionId, onPick }: Props) {
  const popup = useRef<HTMLDivElement>(null);
  usePopupPosition(anchor, popup, true);

  useLayoutEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  const option = (index: number, content: string, selected: boolean, className: string) => (
    <li
      key={index === shown.length ? 'create' : shown[index]!.id}
      id={optionId(index)}
      role="option"
      aria-selected={selected}
      className={`cb__option ${className} ${index === active ? 'cb__option--active' : ''}`}
      // Keeps focus (and the caret) in the text box.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPick(index)}
    >
      <span className="cb__check" aria-hidden="true">
        {selected ? '✓' : ''}
      </span>
      <span>{content}</span>
    </li>
  );

  const nothing = shown.length === 0 && create === null;
  return (
    <div ref={popup} className="cb__popup" popover="manual">
      {nothing ? (
        <p className="cb__note">{t('combobox.noResults')}</p>
      ) : (
        <ul id={listboxId} role="listbox" aria-label={label} aria-multiselectable="true" className="cb__listbox">
          {shown.map((entry, index) => option(index, entry.label, chosen.has(entry.id), ''))}
          {create !== null && option(shown.length, t('combobox.create', { label: create }), false, 'cb__option--create')}
        </ul>
      )}
      {total > shown.length && <p className="cb__note">{t('combobox.more', { shown: shown.length, total })}</p>}
      <p className="cb__keys" aria-hidden="true">
        {t('combobox.keys')}
      </p>
    </div>
  );
}

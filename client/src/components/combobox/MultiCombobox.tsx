import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { chipNameId, ComboboxChips, type OrderedChips } from './ComboboxChips';
import { ComboboxPopup } from './ComboboxPopup';
import { creatableLabel, exactMatch, foldLabel, matchOptions, searchable, type ComboOption } from './options';
import './combobox.css';

/** What a person did; `option.id` is '' for a value created from what they typed. */
export type ComboChange = { kind: 'add' | 'create' | 'remove' | 'first'; option: ComboOption };

export interface MultiComboboxProps {
  /** The text box's id (focus is restored and presence is shown by it). */
  id: string;
  label: string;
  t: TFunction;
  /** What is chosen, in order. */
  value: readonly ComboOption[];
  /** What can be chosen (may be empty until `onActiveChange` says the box is in use). */
  options: readonly ComboOption[];
  /** The new list and what changed in it; the caller writes it and `value` follows. */
  onChange: (next: ComboOption[], change: ComboChange) => void;
  /** When two labels are the same value: the default ignores case and extra spaces. */
  keyOf?: (label: string) => string;
  /** Whether focus is in the control: a caller can load `options` only then. */
  onActiveChange?: (active: boolean) => void;
  readOnly?: boolean;
  /** Says what happened to screen reader users; without it the control has a live region of its own. */
  announce?: (message: string) => void;
  /** The id of an element that says how the keys work, when a page has one for many controls. */
  hintId?: string;
  /** The first value is special (a measure's lead party): it is marked, and any other can be made first. */
  ordered?: OrderedChips & { madeFirst: (label: string) => string };
  placeholder?: string;
  /** Shown read-only when nothing is chosen. */
  emptyText?: string;
  maxLength?: number;
}

const LIMIT = 100;
const RESULTS_DELAY_MS = 600;

/**
 * A multi-select combobox (WAI-ARIA 1.2, list autocomplete with manual
 * selection): the chosen values as removable chips, a text box that filters
 * the options as one types, and a listbox under it. Arrows move through the
 * options (Alt+Down opens without moving), Enter picks or unpicks the active
 * one, or with none active picks the option named exactly as typed or
 * creates it ("Lisää ”X”"), Escape closes the list and then clears the text,
 * Backspace in an empty box removes the last chip. What happens, and how many
 * options a search leaves, is announced.
 */
export function MultiCombobox(props: MultiComboboxProps) {
  const { id, label, t, value, options, onChange, onActiveChange, readOnly = false, announce: announceTo, hintId, ordered } = props;
  const keyOf = props.keyOf ?? foldLabel;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [ownMessage, setOwnMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const control = useRef<HTMLDivElement>(null);
  const listboxId = `${id}-listbox`;

  const announce = useCallback(
    (message: string) => (announceTo ? announceTo(message) : setOwnMessage((previous) => (previous === message ? `${message}\u00a0` : message))),
    [announceTo],
  );
  const index = useMemo(() => searchable(options), [options]);
  const { shown, total } = useMemo(() => matchOptions(index, query, LIMIT), [index, query]);
  const chosen = useMemo(() => new Set(value.map((option) => option.id)), [value]);
  const create = useMemo(() => creatableLabel(query, [...options, ...value], keyOf), [query, options, value, keyOf]);
  const count = shown.length + (create === null ? 0 : 1);
  const expanded = open && count > 0;
  const optionId = useCallback((at: number) => `${id}-option-${at}`, [id]);

  // How many a search leaves, once typing pauses: every keystroke would be read out over the next.
  useEffect(() => {
    if (!open || query.trim() === '') return;
    const timer = setTimeout(() => {
      const results = t('combobox.results', { count: total });
      announce(create === null ? results : `${results} ${t('combobox.canCreate', { label: create })}`);
    }, RESULTS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [open, query, total, create, t, announce]);

  const focusInput = useCallback(() => input.current?.focus(), []);

  const change = (next: ComboOption[], kind: ComboChange['kind'], option: ComboOption) => {
    onChange(next, { kind, option });
    const message =
      kind === 'first' && ordered ? ordered.madeFirst(option.label) : t(`combobox.announce.${kind === 'first' ? 'add' : kind}`, { label: option.label });
    announce(message);
  };

  const toggle = (option: ComboOption) => {
    if (chosen.has(option.id)) change(value.filter((v) => v.id !== option.id), 'remove', option);
    else change([...value, option], 'add', option);
  };

  /** Picks the option at `at` (or creates), clears the text and keeps the list open on the picked option. */
  const pick = (at: number) => {
    if (at < shown.length) {
      const option = shown[at]!;
      toggle(option);
      setQuery('');
      // With the text cleared the list shows every option from the first: the picked one stays active.
      const next = query === '' ? at : index.findIndex((entry) => entry.option.id === option.id);
      setActive(next < LIMIT ? next : -1);
    } else if (create !== null) {
      change([...value, { id: '', label: create }], 'create', { id: '', label: create });
      setQuery('');
      setActive(-1);
    }
  };

  const removeAt = (at: number) => {
    const option = value[at];
    if (option) change(value.filter((_, i) => i !== at), 'remove', option);
  };

  const makeFirst = (at: number) => {
    const option = value[at];
    if (!option) return;
    change([option, ...value.filter((_, i) => i !== at)], 'first', option);
    focusInput();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => {
      event.preventDefault();
      // The table's Alt+arrows move a row; here they open and close the list.
      event.stopPropagation();
    };
    const box = event.currentTarget;
    const atStart = box.selectionStart === 0 && box.selectionEnd === 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      handled();
      const down = event.key === 'ArrowDown';
      if (event.altKey) {
        setOpen(down);
        if (!down) setActive(-1);
      } else if (!open) {
        setOpen(true);
        setActive(down ? 0 : count - 1);
      } else if (count > 0) {
        setActive((current) => (down ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
      }
    } else if (event.key === 'Enter') {
      if (event.nativeEvent.isComposing) return;
      handled();
      if (open && active >= 0 && active < count) return pick(active);
      const exact = exactMatch(query, options, keyOf);
      if (exact) {
        toggle(exact);
        setQuery('');
      } else if (create !== null) {
        pick(shown.length);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        handled();
        setOpen(false);
        setActive(-1);
      } else if (query !== '') {
        handled();
        setQuery('');
      }
    } else if (event.key === 'Backspace' && query === '' && atStart && value.length > 0) {
      handled();
      removeAt(value.length - 1);
    } else if (event.key === 'ArrowLeft' && atStart && value.length > 0) {
      handled();
      const buttons = control.current?.querySelectorAll<HTMLButtonElement>('.cb__chips button');
      buttons?.[buttons.length - 1]?.focus();
    }
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    setQuery(event.target.value);
    setOpen(true);
    setActive(-1);
  };

  const onFocus = () => onActiveChange?.(true);
  const onBlur = (event: FocusEvent) => {
    if (control.current?.contains(event.relatedTarget as Node | null)) return;
    setOpen(false);
    setActive(-1);
    onActiveChange?.(false);
  };

  const describedBy = [...value.map((_, i) => chipNameId(id, i)), hintId ?? `${id}-hint`].join(' ');
  return (
    <div
      ref={control}
      className={`cb ${readOnly ? 'cb--read-only' : ''}`}
      onFocus={onFocus}
      onBlur={onBlur}
      // A press beside the chips (the box looks like one field) goes to the text box.
      onClick={(event) => !readOnly && event.target === event.currentTarget && focusInput()}
    >
      <ComboboxChips
        t={t}
        id={id}
        label={readOnly ? label : t('combobox.chosen', { label })}
        values={value}
        ordered={ordered}
        readOnly={readOnly}
        onRemove={removeAt}
        onMakeFirst={makeFirst}
        onExit={focusInput}
      />
      {readOnly && value.length === 0 && props.emptyText && <span className="cb__empty">{props.emptyText}</span>}
      {!readOnly && (
        <input
          ref={input}
          id={id}
          className="cb__input"
          type="text"
          role="combobox"
          aria-label={label}
          aria-expanded={expanded}
          aria-controls={expanded ? listboxId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 && active < count ? optionId(active) : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={value.length === 0 ? props.placeholder : undefined}
          maxLength={props.maxLength}
          value={query}
          onChange={onInput}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
        />
      )}
      {!readOnly && !hintId && (
        <span id={`${id}-hint`} className="visually-hidden">
          {t('combobox.hint')}
        </span>
      )}
      {!readOnly && open && (
        <ComboboxPopup
          t={t}
          anchor={control}
          listboxId={listboxId}
          label={label}
          shown={shown}
          total={total}
          chosen={chosen}
          create={create}
          active={active}
          optionId={optionId}
          onPick={pick}
        />
      )}
      {!announceTo && (
        <span role="status" className="visually-hidden">
          {ownMessage}
        </span>
      )}
    </div>
  );
}

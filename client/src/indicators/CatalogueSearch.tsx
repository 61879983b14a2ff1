import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addSotkanetIndicator, searchCatalogue, type CatalogueEntry } from './api';
import type { RunChange } from './runChange';
import { useLanguage } from './useLanguage';

interface Props {
  planId: string;
  run: RunChange;
  onAdded: () => Promise<void>;
}

type Results = { kind: 'idle' } | { kind: 'searching' } | { kind: 'failed' } | { kind: 'found'; entries: CatalogueEntry[] };

const DEBOUNCE_MS = 200;

/**
 * A combobox over Sotkanet's catalogue (the ARIA combobox pattern): typing
 * searches fi, sv and en titles on the server, the arrow keys move through
 * the results, Enter adds the chosen one, Escape closes the list.
 */
export function CatalogueSearch({ planId, run, onAdded }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const inputId = useId();
  const hintId = useId();
  const listId = useId();
  const countId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ kind: 'idle' });
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const wanted = query.trim();
    if (wanted === '') {
      setResults({ kind: 'idle' });
      return;
    }
    const request = ++latest.current;
    setResults({ kind: 'searching' });
    const timer = setTimeout(() => {
      searchCatalogue(wanted, lang).then(
        (entries) => request === latest.current && (setResults({ kind: 'found', entries }), setActive(-1), setOpen(true)),
        () => request === latest.current && setResults({ kind: 'failed' }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, lang]);

  const entries = results.kind === 'found' ? results.entries : [];
  const expanded = open && entries.length > 0;

  const add = async (entry: CatalogueEntry) => {
    const done = await run(() => addSotkanetIndicator(planId, entry.sourceId, lang), {
      done: t('indicators.add.added', { title: entry.title }),
      specific: { conflict: t('indicators.add.already') },
    });
    if (done) {
      setQuery('');
      setOpen(false);
      await onAdded();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (entries.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + entries.length) % entries.length);
    } else if (event.key === 'Enter') {
      const entry = expanded ? entries[active] : undefined;
      if (entry) {
        event.preventDefault();
        void add(entry);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setQuery('');
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div className="catalogue-search">
      <label htmlFor={inputId}>{t('indicators.add.searchLabel')}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${hintId} ${countId}`}
        maxLength={200}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
      />
      <p id={hintId} className="field-hint">
        {t('indicators.add.searchHint')}
      </p>
      <p id={countId} className="catalogue-search__count" role="status">
        {results.kind === 'searching' && t('indicators.add.searching')}
        {results.kind === 'failed' && t('indicators.add.searchFailed')}
        {results.kind === 'found' && (entries.length === 0 ? t('indicators.add.noResults') : t('indicators.add.results', { count: entries.length }))}
      </p>
      <ul id={listId} role="listbox" aria-label={t('indicators.add.searchLabel')} className="catalogue-search__list" hidden={!expanded}>
        {entries.map((entry, index) => (
          <li
            key={entry.sourceId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'catalogue-search__option catalogue-search__option--active' : 'catalogue-search__option'}
            // The input keeps the focus: a mouse press must not blur it before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void add(entry)}
          >
            <span className="catalogue-search__title">{entry.title}</span>
            <span className="catalogue-search__meta">
              {t('indicators.add.option', { id: entry.sourceId })}
              {entry.producer ? ` · ${entry.producer}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setLocalValues, type IndicatorView } from './api';
import { parseFigure, parseYear } from './figures';
import type { RunChange } from './runChange';

interface Props {
  planId: string;
  view: IndicatorView;
  run: RunChange;
  onSaved: () => Promise<void>;
}

interface Row {
  key: number;
  year: string;
  value: string;
}

let nextKey = 0;
const row = (year = '', value = ''): Row => ({ key: nextKey++, year, value });

/** A local indicator's figures, a row a year, saved together. */
export function LocalValuesForm({ planId, view, run, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const legendId = useId();
  const decimal = (value: number) => (i18n.language === 'en' ? String(value) : String(value).replace('.', ','));
  const [rows, setRows] = useState<Row[]>(() => {
    const points = view.series[0]?.points ?? [];
    return points.length > 0 ? points.map((p) => row(String(p.year), decimal(p.value))) : [row()];
  });
  const [invalid, setInvalid] = useState(false);
  const set = (key: number, change: Partial<Row>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const filled = rows.filter((r) => r.year.trim() !== '' || r.value.trim() !== '');
    const points = filled.map((r) => ({ year: parseYear(r.year), value: parseFigure(r.value) }));
    const valid = points.every((p) => p.year !== null && p.value !== null) && new Set(points.map((p) => p.year)).size === points.length;
    setInvalid(!valid);
    if (!valid) return;
    const checked = points as Array<{ year: number; value: number }>;
    if (await run(() => setLocalValues(planId, view.id, checked), { done: t('indicators.values.saved') })) await onSaved();
  };

  return (
    <form className="form indicator-card__values" onSubmit={(event) => void save(event)}>
      <fieldset aria-describedby={invalid ? `${legendId}-error` : undefined}>
        <legend id={legendId}>{t('indicators.values.title')}</legend>
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.values.year')}</th>
              <th scope="col">{t('indicators.values.value')}</th>
              <th scope="col">{t('indicators.values.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, index) => (
              <tr key={r.key}>
                <td>
                  <input
                    aria-label={`${t('indicators.values.year')} ${index + 1}`}
                    inputMode="numeric"
                    size={6}
                    value={r.year}
                    aria-invalid={(invalid && r.year.trim() !== '' && parseYear(r.year) === null) || undefined}
                    onChange={(event) => set(r.key, { year: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={r.year ? `${t('indicators.values.value')} ${r.year}` : `${t('indicators.values.value')} ${index + 1}`}
                    inputMode="decimal"
                    size={10}
                    value={r.value}
                    aria-invalid={(invalid && r.value.trim() !== '' && parseFigure(r.value) === null) || undefined}
                    onChange={(event) => set(r.key, { value: event.target.value })}
                  />
                </td>
                <td>
                  <button type="button" className="button button--small" onClick={() => setRows((current) => current.filter((x) => x.key !== r.key))}>
                    {t('indicators.values.removeRow', { year: r.year || index + 1 })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {invalid && (
          <p id={`${legendId}-error`} className="feedback__error">
            {t('indicators.values.invalid')}
          </p>
        )}
        <div className="indicator-card__buttons">
          <button type="button" className="button" onClick={() => setRows((current) => [...current, row()])}>
            {t('indicators.values.addRow')}
          </button>
          <button type="submit" className="button button--primary">
            {t('indicators.values.save')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

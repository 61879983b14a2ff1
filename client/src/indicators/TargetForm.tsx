import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_DIRECTIONS, type TargetDirection } from '../../../shared/plan/indicators';
import { FormField, InputField } from '../components/FormField';
import { setTarget, type IndicatorView } from './api';
import { parseFigure, parseYear } from './figures';
import type { RunChange } from './runChange';

interface Props {
  planId: string;
  view: IndicatorView;
  run: RunChange;
  onSaved: () => Promise<void>;
}

/** An indicator's target (year, value, direction) and baseline year. */
export function TargetForm({ planId, view, run, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(view.target ? String(view.target.year) : '');
  const [value, setValue] = useState(view.target ? String(view.target.value).replace('.', i18n.language === 'en' ? '.' : ',') : '');
  const [direction, setDirection] = useState<TargetDirection | ''>(view.target?.direction ?? '');
  const [baseline, setBaseline] = useState(view.baselineYear ? String(view.baselineYear) : '');
  const [invalid, setInvalid] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const targetYear = parseYear(year);
    const targetValue = parseFigure(value);
    const baselineYear = baseline.trim() === '' ? null : parseYear(baseline);
    if (targetYear === null || targetValue === null || (baseline.trim() !== '' && baselineYear === null)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const target = { year: targetYear, value: targetValue, ...(direction ? { direction } : {}) };
    if (await run(() => setTarget(planId, view.id, { target, baselineYear }), { done: t('indicators.target.saved') })) await onSaved();
  };

  const clear = async () => {
    if (await run(() => setTarget(planId, view.id, { target: null, baselineYear: null }), { done: t('indicators.target.cleared') })) {
      setYear('');
      setValue('');
      setDirection('');
      setBaseline('');
      await onSaved();
    }
  };

  return (
    <form className="form form--inline indicator-card__target" onSubmit={(event) => void save(event)}>
      <fieldset>
        <legend>{t('indicators.target.title')}</legend>
        <InputField label={t('indicators.target.year')} inputMode="numeric" size={6} value={year} onValue={setYear} invalid={invalid && parseYear(year) === null} />
        <InputField label={t('indicators.target.value')} inputMode="decimal" size={8} value={value} onValue={setValue} invalid={invalid && parseFigure(value) === null} />
        <FormField label={t('indicators.target.direction')}>
          {(control) => (
            <select {...control} value={direction} onChange={(event) => setDirection(event.target.value as TargetDirection | '')}>
              <option value="">{t('indicators.target.directions.none')}</option>
              {TARGET_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`indicators.target.directions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <InputField label={t('indicators.target.baseline')} inputMode="numeric" size={6} value={baseline} onValue={setBaseline} />
        {invalid && <p className="feedback__error">{t('indicators.target.invalid')}</p>}
        <div className="indicator-card__buttons">
          <button type="submit" className="button">
            {t('indicators.target.save')}
          </button>
          {view.target && (
            <button type="button" className="button" onClick={() => void clear()}>
              {t('indicators.target.clear')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

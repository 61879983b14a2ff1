import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField } from '../components/FormField';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { getPlanMunicipality, listMunicipalities, setMunicipality, type MunicipalityEntry } from './api';
import { useLanguage } from './useLanguage';

interface Props {
  planId: string;
  editable: boolean;
  /** After the municipality changed: the indicators are read again for the new areas. */
  onChanged: () => Promise<void>;
  onSessionLost: () => void;
}

/** Which municipality the figures are for, compared with its county and the country; editors choose it. */
export function MunicipalitySection({ planId, editable, onChanged, onSessionLost }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const fetchArea = useCallback(() => getPlanMunicipality(planId, lang), [planId, lang]);
  const { load: area, reload } = useLoad(fetchArea, onSessionLost);
  const [choices, setChoices] = useState<MunicipalityEntry[] | 'unavailable' | null>(null);
  const [code, setCode] = useState('');
  const { feedback, busy, run } = useFeedback(onSessionLost);

  useEffect(() => {
    if (area.kind === 'loaded') setCode(area.data.code ?? '');
  }, [area]);
  useEffect(() => {
    if (!editable) return;
    let current = true;
    listMunicipalities(lang).then(
      (list) => current && setChoices(list),
      () => current && setChoices('unavailable'),
    );
    return () => {
      current = false;
    };
  }, [editable, lang]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => setMunicipality(planId, code === '' ? null : code), { done: t('indicators.municipality.saved') });
    if (done) await Promise.all([reload(), onChanged()]);
  };

  let summary = t('indicators.municipality.none');
  if (area.kind === 'loaded' && area.data.municipality) {
    const { municipality, county } = area.data;
    summary = county
      ? t('indicators.municipality.compared', { municipality: municipality.title, county: county.title })
      : t('indicators.municipality.comparedCountry', { municipality: municipality.title });
  } else if (area.kind === 'loaded' && area.data.code) summary = area.data.code;

  return (
    <section className="indicators__municipality" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('indicators.municipality.title')}</h2>
      <p>{area.kind === 'loading' ? t('app.loading') : summary}</p>
      {editable && choices === 'unavailable' && <p className="field-hint">{t('indicators.municipality.unavailable')}</p>}
      {editable && Array.isArray(choices) && (
        <form className="form form--inline" onSubmit={(event) => void save(event)}>
          <FormField label={t('indicators.municipality.label')}>
            {(control) => (
              <select {...control} value={code} onChange={(event) => setCode(event.target.value)}>
                <option value="">{t('indicators.municipality.choose')}</option>
                {choices.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.title} ({m.code})
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t('indicators.municipality.save')}
          </button>
        </form>
      )}
      <FeedbackRegion feedback={feedback} />
    </section>
  );
}

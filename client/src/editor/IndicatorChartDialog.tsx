import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog';
import { usePlanIndicators, type PlanIndicatorData } from '../indicators/planIndicatorData';
import { useLanguage } from '../indicators/useLanguage';
import './indicatorChartBlock.css';

interface Props {
  indicators: PlanIndicatorData;
  onInsert: (indicatorId: string) => void;
  onClose: () => void;
}

/**
 * Picks one of the plan's indicators for a chart in the text: a radio button
 * each (arrow keys move between them, Enter inserts), the first chosen to
 * begin with. Indicators are added to the plan in its indicators view.
 */
export function IndicatorChartDialog({ indicators, onInsert, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = usePlanIndicators(indicators, lang);
  const views = data.kind === 'loaded' ? [...data.byId.values()] : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = chosen ?? views[0]?.id ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected) onInsert(selected);
  };

  return (
    <ModalDialog title={t('indicatorChart.dialogTitle')} onClose={onClose} returnFocus={false}>
      <form onSubmit={submit}>
        {data.kind === 'loading' && <p>{t('app.loading')}</p>}
        {data.kind === 'failed' && <p className="feedback__error">{t('indicatorChart.failed')}</p>}
        {data.kind === 'loaded' && views.length === 0 && <p>{t('indicatorChart.none')}</p>}
        {views.length > 0 && (
          <fieldset className="indicator-picker">
            <legend>{t('indicatorChart.choose')}</legend>
            {views.map((view) => (
              <label key={view.id}>
                <input type="radio" name="indicator" value={view.id} checked={selected === view.id} onChange={() => setChosen(view.id)} />
                <span>
                  {view.title}
                  {view.unit && <span className="indicator-picker__unit"> ({view.unit})</span>}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="modal__actions">
          {views.length > 0 && (
            <button type="submit" className="button button--primary">
              {t('indicatorChart.insert')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('feedback.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

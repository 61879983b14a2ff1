import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseIndicator } from '../../../shared/api/rounds';

/** A figure being typed: kept as text until it is sent, so that "12,5" and an empty field both stay as typed. */
export interface FigureInput {
  year: string;
  value: string;
}

interface Props {
  indicators: ResponseIndicator[];
  figures: Record<string, FigureInput>;
  onChange: (indicatorId: string, figure: FigureInput) => void;
}

/** The measure's local indicators: for each a year and a figure, with the latest figure so far as the hint. */
export function IndicatorFigures({ indicators, figures, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const legendId = useId();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : `${i18n.language}-FI`);
  return (
    <fieldset className="respond-measure__figures" aria-labelledby={legendId}>
      <legend id={legendId}>{t('respond.indicatorsLegend')}</legend>
      {indicators.map((indicator) => (
        <Figure
          key={indicator.id}
          indicator={indicator}
          figure={figures[indicator.id]!}
          latest={indicator.points.at(-1) ? `${number.format(indicator.points.at(-1)!.value)} (${indicator.points.at(-1)!.year})` : t('respond.figureNone')}
          onChange={(figure) => onChange(indicator.id, figure)}
        />
      ))}
    </fieldset>
  );
}

function Figure({ indicator, figure, latest, onChange }: { indicator: ResponseIndicator; figure: FigureInput; latest: string; onChange: (f: FigureInput) => void }) {
  const { t } = useTranslation();
  const yearId = useId();
  const valueId = useId();
  const hintId = useId();
  return (
    <div className="respond-figure">
      <div className="respond-figure__year">
        <label htmlFor={yearId}>{t('respond.figureYear', { title: indicator.title })}</label>
        <input id={yearId} inputMode="numeric" value={figure.year} onChange={(e) => onChange({ ...figure, year: e.target.value })} />
      </div>
      <div className="respond-figure__value">
        <label htmlFor={valueId}>{t('respond.figure', { title: indicator.title })}</label>
        <input id={valueId} inputMode="decimal" aria-describedby={hintId} value={figure.value} onChange={(e) => onChange({ ...figure, value: e.target.value })} />
      </div>
      <p id={hintId} className="field-hint respond-figure__hint">
        {t('respond.figureHint', { unit: indicator.unit || '–', latest })}
      </p>
    </div>
  );
}

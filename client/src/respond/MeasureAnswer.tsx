import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_NOTE_MAX, type ResponseMeasure } from '../../../shared/api/rounds';
import { STATUSES, type Status } from '../../../shared/plan/status';
import { IndicatorFigures, type FigureInput } from './IndicatorFigures';
import { StatusShape } from './StatusShape';

export interface Answer {
  status: Status;
  statusNote: string;
  /** By indicator id. */
  figures: Record<string, FigureInput>;
}

interface Props {
  measure: ResponseMeasure;
  /** "Toimenpide 2/5". */
  position: string;
  answer: Answer;
  onChange: (answer: Answer) => void;
}

/**
 * One measure of the form: its title as a heading, the four statuses as a
 * radio group named by the measure (arrow keys move between them, each
 * worded, not only coloured), the status note, and the figures of its local
 * indicators where it has them.
 */
export function MeasureAnswer({ measure, position, answer, onChange }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const legendId = useId();
  const noteId = useId();
  const hintId = useId();
  const name = useId();
  return (
    <section className="respond-measure" aria-labelledby={titleId}>
      <p className="respond-measure__position">{position}</p>
      <h2 id={titleId} className="respond-measure__title">
        {measure.title}
      </h2>
      <fieldset className="respond-measure__statuses" aria-labelledby={`${legendId} ${titleId}`}>
        <legend id={legendId}>{t('respond.statusLegend')}</legend>
        {STATUSES.map((status) => (
          <label key={status} className={`respond-status respond-status--${status}`}>
            <input type="radio" name={name} value={status} checked={answer.status === status} onChange={() => onChange({ ...answer, status })} />
            <StatusShape status={status} />
            <span className="respond-status__words">
              <strong>{t(`statusShort.${status}`)}</strong>
              <span>
                {t(`status.${status}`)} ({t(`statusColor.${status}`)})
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="respond-measure__note">
        <label htmlFor={noteId}>{t('respond.note')}</label>
        <textarea
          id={noteId}
          rows={4}
          maxLength={STATUS_NOTE_MAX}
          aria-describedby={hintId}
          value={answer.statusNote}
          onChange={(event) => onChange({ ...answer, statusNote: event.target.value })}
        />
        <p id={hintId} className="field-hint">
          {t('respond.noteHint')}
        </p>
      </div>
      {measure.indicators.length > 0 && (
        <IndicatorFigures
          indicators={measure.indicators}
          figures={answer.figures}
          onChange={(indicatorId, figure) => onChange({ ...answer, figures: { ...answer.figures, [indicatorId]: figure } })}
        />
      )}
    </section>
  );
}

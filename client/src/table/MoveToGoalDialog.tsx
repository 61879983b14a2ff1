import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanData } from '../../../shared/plan';
import { useModalDialog } from './useModalDialog';

interface Props {
  data: PlanData;
  measure: { id: string; title: string; goalId: string };
  onMove: (goalId: string) => void;
  onClose: () => void;
}

/** "Siirrä tavoitteeseen…": the goals grouped by focus area; the measure goes to the end of the chosen one. */
export function MoveToGoalDialog({ data, measure, onMove, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const [goalId, setGoalId] = useState(measure.goalId);
  const titleId = useId();
  const selectId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (goalId === measure.goalId) onClose();
    else onMove(goalId);
  };

  return (
    <dialog ref={dialog} className="mt-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit} className="mt-dialog__form">
        <h2 id={titleId} className="mt-dialog__title">
          {t('table.moveDialog.title')}
        </h2>
        <p className="mt-dialog__measure">{t('table.moveDialog.measure', { title: measure.title })}</p>
        <label htmlFor={selectId}>{t('table.moveDialog.goal')}</label>
        <select id={selectId} value={goalId} onChange={(event) => setGoalId(event.target.value)}>
          {data.focusAreas.map((focusArea) => (
            <optgroup key={focusArea.id} label={focusArea.title}>
              {focusArea.goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <div className="mt-dialog__actions">
          <button type="submit" className="button button--primary">
            {t('table.moveDialog.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('table.moveDialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

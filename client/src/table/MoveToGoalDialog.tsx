import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanData } from '../../../shared/plan';
import { FormField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';

interface Props {
  data: PlanData;
  measure: { id: string; title: string; goalId: string };
  onMove: (goalId: string) => void;
  onClose: () => void;
}

/**
 * "Siirrä tavoitteeseen…": the goals grouped by focus area; the measure goes
 * to the end of the chosen one. The table puts focus on the measure's button
 * in its new row afterwards, so the dialog does not give it back itself.
 */
export function MoveToGoalDialog({ data, measure, onMove, onClose }: Props) {
  const { t } = useTranslation();
  const [goalId, setGoalId] = useState(measure.goalId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (goalId === measure.goalId) onClose();
    else onMove(goalId);
  };

  return (
    <ModalDialog
      title={t('table.moveDialog.title')}
      description={<p>{t('table.moveDialog.measure', { title: measure.title })}</p>}
      returnFocus={false}
      onClose={onClose}
    >
      <form onSubmit={submit} className="form">
        <FormField label={t('table.moveDialog.goal')}>
          {(control) => (
            <select {...control} value={goalId} onChange={(event) => setGoalId(event.target.value)}>
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
          )}
        </FormField>
        <SubmitCancelActions submitLabel={t('table.moveDialog.submit')} busy={false} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}

import { useTranslation } from 'react-i18next';
import type { FocusAreaData, GoalData } from '../../../shared/plan';
import { ModalDialog } from '../components/ModalDialog';

type Props = (
  | { entity: 'goal'; item: GoalData }
  | { entity: 'focusArea'; item: FocusAreaData }
) & { onConfirm: () => void; onClose: () => void };

/**
 * Asks before a goal or focus area is deleted, saying what goes with it.
 * Focus starts on Cancel, the choice that loses nothing; where it goes after
 * closing is the table's choice (the undo button, or back to the row's
 * delete button by id), so the dialog does not give it back itself.
 */
export function ConfirmDeleteDialog(props: Props) {
  const { t } = useTranslation();
  const { onConfirm, onClose } = props;

  let message: string;
  if (props.entity === 'goal') {
    const { title, measures } = props.item;
    message =
      measures.length === 0
        ? t('table.confirmDelete.goalEmpty', { title })
        : t('table.confirmDelete.goal', { title, measures: t('table.count.measures', { count: measures.length }) });
  } else {
    const { title, goals } = props.item;
    const measures = goals.reduce((n, goal) => n + goal.measures.length, 0);
    message =
      goals.length === 0
        ? t('table.confirmDelete.focusAreaEmpty', { title })
        : t('table.confirmDelete.focusArea', {
            title,
            goals: t('table.count.goals', { count: goals.length }),
            measures: t('table.count.measures', { count: measures }),
          });
  }

  return (
    <ModalDialog
      title={t(props.entity === 'goal' ? 'table.confirmDelete.goalTitle' : 'table.confirmDelete.focusAreaTitle')}
      role="alertdialog"
      description={
        <>
          <p>{message}</p>
          <p>{t('table.confirmDelete.undoHint')}</p>
        </>
      }
      returnFocus={false}
      onClose={onClose}
    >
      <div className="modal__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('table.confirmDelete.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('feedback.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaData, GoalData } from '../../../shared/plan';
import { useModalDialog } from './useModalDialog';

type Props = (
  | { entity: 'goal'; item: GoalData }
  | { entity: 'focusArea'; item: FocusAreaData }
) & { onConfirm: () => void; onClose: () => void };

/**
 * Asks before a goal or focus area is deleted, saying what goes with it.
 * Focus starts on Cancel, the choice that loses nothing.
 */
export function ConfirmDeleteDialog(props: Props) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const titleId = useId();
  const bodyId = useId();
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
    <dialog
      ref={dialog}
      className="mt-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onClose}
    >
      <h2 id={titleId} className="mt-dialog__title">
        {t(props.entity === 'goal' ? 'table.confirmDelete.goalTitle' : 'table.confirmDelete.focusAreaTitle')}
      </h2>
      <div id={bodyId}>
        <p>{message}</p>
        <p>{t('table.confirmDelete.undoHint')}</p>
      </div>
      <div className="mt-dialog__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('table.confirmDelete.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('table.confirmDelete.cancel')}
        </button>
      </div>
    </dialog>
  );
}

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { UNDO_BUTTON_ID } from './ids';
import { TableIcon } from './icons';
import type { TableActions } from './useTableActions';

interface Props {
  actions: TableActions;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Adding a focus area, and this person's undo and redo of the table. The
 * text editor has its own undo; the names tell the two apart.
 */
export const TableToolbar = memo(function TableToolbar({ actions, canUndo, canRedo }: Props) {
  const { t } = useTranslation();
  return (
    <div className="mt-toolbar">
      <button type="button" className="button" onClick={() => actions.add('focusArea')}>
        <TableIcon name="add" size={16} />
        {t('table.actions.addFocusArea')}
      </button>
      <div className="mt-toolbar__history">
        <button
          type="button"
          id={UNDO_BUTTON_ID}
          className="button mt-toolbar__button"
          aria-label={t('table.actions.undoLabel')}
          aria-disabled={!canUndo || undefined}
          aria-keyshortcuts="Control+Z"
          onClick={actions.undo}
        >
          <TableIcon name="undo" size={16} />
          {t('table.actions.undo')}
        </button>
        <button
          type="button"
          className="button mt-toolbar__button"
          aria-label={t('table.actions.redoLabel')}
          aria-disabled={!canRedo || undefined}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          onClick={actions.redo}
        >
          <TableIcon name="redo" size={16} />
          {t('table.actions.redo')}
        </button>
      </div>
      <p className="mt-toolbar__hint">{t('table.shortcuts')}</p>
    </div>
  );
});

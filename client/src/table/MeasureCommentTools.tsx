import { useSyncExternalStore } from 'react';
import { TableIcon } from './icons';
import { controlId } from './ids';
import { IconButton } from './RowControls';
import { useTable, type MeasureComments } from './TableContext';

/**
 * A measure's comments and history: the count of its open threads (a button
 * that shows them, marked when one is unread), "Kommentoi" for those who may
 * comment, and "Muutoshistoria" for everyone.
 */
export function MeasureCommentTools({ measureId, n }: { measureId: string; n: number }) {
  const { t, comments, openDialog } = useTable();
  // Subscribed to this measure's part only, as plain values: a thread elsewhere re-renders nothing here.
  const select = <T,>(read: (value: MeasureComments | null) => T) => () => read(comments.get());
  const canComment = useSyncExternalStore(comments.subscribe, select((c) => c?.canComment ?? false));
  const open = useSyncExternalStore(comments.subscribe, select((c) => c?.threads.get(measureId)?.open ?? 0));
  const unread = useSyncExternalStore(comments.subscribe, select((c) => c?.threads.get(measureId)?.unread ?? false));
  return (
    <div className="mt-comment-tools">
      {canComment && (
        <IconButton
          id={controlId('measure', measureId, 'comment')}
          icon="comment"
          label={t('comments.table.comment', { n })}
          onPress={() => comments.get()?.start(measureId)}
        />
      )}
      <IconButton
        id={controlId('measure', measureId, 'history')}
        icon="history"
        label={t('history.open', { n })}
        onPress={() => openDialog({ kind: 'history', measureId })}
      />
      {open > 0 && (
        <button
          type="button"
          className={`mt-badge ${unread ? 'mt-badge--unread' : ''}`}
          aria-label={t(unread ? 'comments.table.badgeUnread' : 'comments.table.badge', { count: open, n })}
          title={t(unread ? 'comments.table.badgeUnread' : 'comments.table.badge', { count: open, n })}
          onClick={() => comments.get()?.open(measureId)}
        >
          <TableIcon name="comment" size={16} />
          {open}
        </button>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { TableIcon } from './icons';
import { controlId } from './ids';
import { IconButton } from './RowControls';
import { useTable } from './TableContext';

/**
 * A measure's comments and history: the count of its open threads (a button
 * that shows them, marked when one is unread), "Kommentoi" for those who may
 * comment, and "Muutoshistoria" for everyone.
 */
export function MeasureCommentTools({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const { comments, numbers, openDialog } = useTable();
  const n = numbers.get(measureId) ?? 0;
  const threads = comments?.threads.get(measureId);
  return (
    <div className="mt-comment-tools">
      {comments?.canComment && (
        <IconButton
          id={controlId('measure', measureId, 'comment')}
          icon="comment"
          label={t('comments.table.comment', { n })}
          onPress={() => comments.start(measureId)}
        />
      )}
      <IconButton
        id={controlId('measure', measureId, 'history')}
        icon="history"
        label={t('history.open', { n })}
        onPress={() => openDialog({ kind: 'history', measureId })}
      />
      {threads && (
        <button
          type="button"
          className={`mt-badge ${threads.unread ? 'mt-badge--unread' : ''}`}
          aria-label={t(threads.unread ? 'comments.table.badgeUnread' : 'comments.table.badge', { count: threads.open, n })}
          title={t(threads.unread ? 'comments.table.badgeUnread' : 'comments.table.badge', { count: threads.open, n })}
          onClick={() => comments?.open(measureId)}
        >
          <TableIcon name="comment" size={16} />
          {threads.open}
        </button>
      )}
    </div>
  );
}

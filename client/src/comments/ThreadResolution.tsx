import { useTranslation } from 'react-i18next';
import type { Thread } from '../../../shared/discussion';
import { formatDateTime } from '../i18n/dateTime';
import { setResolved } from './api';
import { useCommentRequest } from './useCommentRequest';

/** Who resolved the thread and when; nothing while it is open. */
export function ResolutionNote({ thread }: { thread: Thread }) {
  const { t, i18n } = useTranslation();
  if (!thread.resolved || !thread.resolvedBy || !thread.resolvedAt) return null;
  return (
    <p className="comment-thread__resolution">
      {t('comments.thread.resolvedBy', { name: thread.resolvedBy.name, at: formatDateTime(thread.resolvedAt, i18n.language) })}
    </p>
  );
}

interface ButtonProps {
  planId: string;
  thread: Thread;
  /** After the server took it: the place showing the thread says so and decides where the focus goes. */
  onResolvedChange: (resolved: boolean) => void;
}

/**
 * Resolving or reopening a thread, wherever it is shown (the comments panel,
 * a meeting's agenda item); a failure is said beside the button.
 */
export function ResolveButton({ planId, thread, onResolvedChange }: ButtonProps) {
  const { t } = useTranslation();
  const resolving = useCommentRequest();
  return (
    <div className="comment-thread__actions">
      <button
        type="button"
        className="button button--small"
        aria-disabled={resolving.busy || undefined}
        onClick={async () => {
          const resolved = !thread.resolved;
          if (await resolving.run(() => setResolved(planId, thread.threadId, resolved))) onResolvedChange(resolved);
        }}
      >
        {thread.resolved ? t('comments.thread.reopen') : t('comments.thread.resolve')}
      </button>
      {resolving.error && (
        <p className="form-error" role="alert">
          {t(`feedback.${resolving.error}`)}
        </p>
      )}
    </div>
  );
}

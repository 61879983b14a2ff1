import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../../shared/discussion';
import { reply } from './api';
import { formatDateTime } from '../i18n/dateTime';
import { threadButtonId } from './ids';
import { MessageForm } from './MessageForm';
import { ThreadMessages } from './ThreadMessages';
import type { Mentionable } from './mentions';
import { ResolutionNote, ResolveButton } from './ThreadResolution';

interface Props {
  planId: string;
  thread: Thread;
  /** "Toimenpide 12: …" or the quoted words. */
  subject: string;
  expanded: boolean;
  unread: boolean;
  userId: string;
  canComment: boolean;
  members: readonly Mentionable[];
  onToggle: () => void;
  /** The thread is shown whole: its messages count as read. */
  onRead: () => void;
  /** Resolved or reopened: the panel moves focus (the thread may leave the list) and says so. */
  onResolvedChange: (resolved: boolean) => void;
}

const PREVIEW_LENGTH = 140;

/**
 * One thread in the panel: its subject as a heading whose button shows or
 * hides the messages (a disclosure), with a preview while folded; unfolded,
 * the messages, a reply and resolving or reopening it.
 */
export function ThreadCard(props: Props) {
  const { planId, thread, subject, expanded, unread, userId, canComment, members, onToggle, onRead, onResolvedChange } = props;
  const { t, i18n } = useTranslation();
  const bodyId = `${threadButtonId(thread.threadId)}-body`;
  const live = thread.messages.filter((message) => !message.deleted);
  const first = thread.messages[0];
  const preview = live[live.length - 1]?.text ?? '';

  // Read when seen: on opening, and as new messages arrive while it is open.
  const read = useRef(onRead);
  read.current = onRead;
  useEffect(() => {
    if (expanded && unread) read.current();
  }, [expanded, unread]);

  return (
    <li className={`comment-thread${thread.resolved ? ' comment-thread--resolved' : ''}${unread ? ' comment-thread--unread' : ''}`}>
      <h3 className="comment-thread__heading">
        <button
          type="button"
          id={threadButtonId(thread.threadId)}
          className="comment-thread__toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          onClick={onToggle}
        >
          <span className="comment-thread__subject">{subject}</span>
          {unread && <span className="comment-thread__unread">{t('comments.thread.unread')}</span>}
          {thread.resolved && <span className="comment-thread__resolved">{t('comments.thread.resolvedTag')}</span>}
        </button>
      </h3>
      <p className="comment-thread__meta">
        {first && `${first.author.name}, `}
        <time dateTime={thread.createdAt}>{formatDateTime(thread.createdAt, i18n.language)}</time>
        {' · '}
        {t('comments.thread.messages', { count: live.length })}
      </p>
      {!expanded && preview && (
        <p className="comment-thread__preview">
          {preview.length > PREVIEW_LENGTH ? `${preview.slice(0, PREVIEW_LENGTH - 1)}…` : preview}
        </p>
      )}
      {expanded && (
        <div id={bodyId} className="comment-thread__body">
          <ThreadMessages
            className="comment-thread__messages"
            planId={planId}
            thread={thread}
            userId={userId}
            canComment={canComment}
            members={members}
            focusAfterDelete={threadButtonId(thread.threadId)}
          />
          <ResolutionNote thread={thread} />
          {canComment && !thread.resolved && (
            <MessageForm
              id={`${threadButtonId(thread.threadId)}-reply`}
              label={t('comments.thread.replyLabel')}
              submitLabel={t('comments.thread.reply')}
              members={members}
              onSend={(text, mentions) => reply(planId, thread.threadId, text, mentions)}
            />
          )}
          {canComment && <ResolveButton planId={planId} thread={thread} onResolvedChange={onResolvedChange} />}
        </div>
      )}
    </li>
  );
}

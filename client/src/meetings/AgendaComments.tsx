import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Thread } from '../../../shared/discussion';
import { reply } from '../comments/api';
import type { Mentionable } from '../comments/mentions';
import { MessageForm } from '../comments/MessageForm';
import { ThreadMessages } from '../comments/ThreadMessages';
import { ResolutionNote, ResolveButton } from '../comments/ThreadResolution';
import { useThreads } from '../comments/useThreads';
import { commentOnItem } from './api';
import '../comments/comments.css';

interface Props {
  planId: string;
  meetingId: string;
  itemId: string;
  /** `§ 3 Liikuntaneuvonta` */
  title: string;
  /** The plan's discussion document, live (the meeting page's plan connection). */
  discussion: Y.Doc;
  userId: string;
  canComment: boolean;
  members: readonly Mentionable[];
}

const HEADING_ID = 'meeting-comments-heading';

/**
 * Comments on the open agenda item: threads of the plan's discussion about
 * this item, so that coordinators, who may not write the meeting document,
 * comment in the meeting, and the plan's comment panel lists them too. The
 * panel's message and resolution controls are used as they are, so one's
 * own message is edited and a thread resolved here as there.
 */
export function AgendaComments({ planId, meetingId, itemId, title, discussion, userId, canComment, members }: Props) {
  const { t } = useTranslation();
  const all = useThreads(discussion);
  const threads = useMemo(() => all.filter((thread) => thread.agendaItem?.meetingId === meetingId && thread.agendaItem.itemId === itemId), [all, meetingId, itemId]);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className="meeting-comments" aria-labelledby={HEADING_ID} data-agenda-comments={itemId}>
      {/* Focusable so that deleting a message, whose buttons go with it, leaves the focus here. */}
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t('meetings.comments', { title })}
      </h2>
      {threads.length === 0 ? (
        <p>{t('meetings.commentsNone')}</p>
      ) : (
        <ol className="meeting-comments__threads">
          {threads.map((thread) => (
            <AgendaThread
              key={thread.threadId}
              planId={planId}
              thread={thread}
              userId={userId}
              canComment={canComment}
              members={members}
              // The thread stays in the list, and the button under the focus now says the opposite: only the change is said.
              onResolvedChange={(resolved) => setAnnouncement(resolved ? t('comments.thread.resolvedNow') : t('comments.thread.reopenedNow'))}
            />
          ))}
        </ol>
      )}
      {canComment ? (
        <MessageForm
          key={itemId}
          id={`meeting-comment-${itemId}`}
          label={t('meetings.commentLabel')}
          submitLabel={t('meetings.commentSend')}
          members={members}
          onSend={(text, mentions) => commentOnItem(meetingId, itemId, text, mentions)}
        />
      ) : (
        <p>{t('meetings.commentsReadOnly')}</p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

interface ThreadProps {
  planId: string;
  thread: Thread;
  userId: string;
  canComment: boolean;
  members: readonly Mentionable[];
  onResolvedChange: (resolved: boolean) => void;
}

/** One thread, always unfolded: the item's few threads are what the meeting is looking at. */
function AgendaThread({ planId, thread, userId, canComment, members, onResolvedChange }: ThreadProps) {
  const { t } = useTranslation();
  return (
    <li className={`meeting-comments__thread${thread.resolved ? ' comment-thread--resolved' : ''}`} data-thread-id={thread.threadId}>
      {thread.resolved && <span className="comment-thread__resolved">{t('comments.thread.resolvedTag')}</span>}
      <ThreadMessages
        className="meeting-comments__messages"
        planId={planId}
        thread={thread}
        userId={userId}
        canComment={canComment}
        members={members}
        focusAfterDelete={HEADING_ID}
      />
      <ResolutionNote thread={thread} />
      {canComment && !thread.resolved && (
        <MessageForm
          id={`meeting-reply-${thread.threadId}`}
          label={t('meetings.replyLabel')}
          submitLabel={t('meetings.replySend')}
          members={members}
          onSend={(text, mentions) => reply(planId, thread.threadId, text, mentions)}
        />
      )}
      {canComment && <ResolveButton planId={planId} thread={thread} onResolvedChange={onResolvedChange} />}
    </li>
  );
}

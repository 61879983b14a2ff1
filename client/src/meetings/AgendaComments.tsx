import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Thread } from '../../../shared/discussion';
import { reply } from '../comments/api';
import type { Mentionable } from '../comments/mentions';
import { MessageForm } from '../comments/MessageForm';
import { MessageText } from '../comments/MessageText';
import { useThreads } from '../comments/useThreads';
import { formatDateTime } from '../i18n/dateTime';
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
  canComment: boolean;
  members: readonly Mentionable[];
}

/**
 * Comments on the open agenda item: threads of the plan's discussion about
 * this item, so that coordinators, who may not write the meeting document,
 * comment in the meeting, and the plan's comment panel lists them too.
 */
export function AgendaComments({ planId, meetingId, itemId, title, discussion, canComment, members }: Props) {
  const { t, i18n } = useTranslation();
  const all = useThreads(discussion);
  const threads = useMemo(() => all.filter((thread) => thread.agendaItem?.meetingId === meetingId && thread.agendaItem.itemId === itemId), [all, meetingId, itemId]);
  const names = useMemo(() => members.map((m) => m.name), [members]);

  return (
    <section className="meeting-comments" aria-labelledby="meeting-comments-heading" data-agenda-comments={itemId}>
      <h2 id="meeting-comments-heading">{t('meetings.comments', { title })}</h2>
      {threads.length === 0 ? (
        <p>{t('meetings.commentsNone')}</p>
      ) : (
        <ol className="meeting-comments__threads">
          {threads.map((thread) => (
            <li key={thread.threadId} className="meeting-comments__thread">
              <ThreadMessages thread={thread} names={names} language={i18n.language} />
              {canComment && !thread.resolved && (
                <MessageForm
                  id={`meeting-reply-${thread.threadId}`}
                  label={t('meetings.replyLabel')}
                  submitLabel={t('meetings.replySend')}
                  members={members}
                  onSend={(text, mentions) => reply(planId, thread.threadId, text, mentions)}
                />
              )}
            </li>
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
    </section>
  );
}

function ThreadMessages({ thread, names, language }: { thread: Thread; names: readonly string[]; language: string }) {
  const mentionable = [...new Set([...names, ...thread.messages.map((m) => m.author.name)])];
  return (
    <ol className="meeting-comments__messages">
      {thread.messages
        .filter((message) => !message.deleted)
        .map((message) => (
          <li key={message.id}>
            <p className="comment-message__meta">
              <strong>{message.author.name}</strong>, <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
            </p>
            <MessageText text={message.text} names={mentionable} />
          </li>
        ))}
    </ol>
  );
}

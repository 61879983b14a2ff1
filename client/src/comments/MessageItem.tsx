import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/discussion';
import { deleteMessage, editMessage } from './api';
import { formatDateTime } from '../i18n/dateTime';
import { MessageForm } from './MessageForm';
import type { Mentionable } from './mentions';
import { MessageText } from './MessageText';
import { useCommentRequest } from './useCommentRequest';

interface Props {
  planId: string;
  threadId: string;
  message: Message;
  /** The signed-in user wrote it and may comment: it can be edited and deleted. */
  own: boolean;
  members: readonly Mentionable[];
  /** Names to show as mentions: the group's members and everyone who wrote in the thread. */
  names: readonly string[];
  /** The id of what takes the focus when the message is deleted, its buttons gone with it: the thread's own button in the panel. */
  focusAfterDelete: string;
}

const editId = (messageId: string) => `comment-edit-${messageId}`;
const editButtonId = (messageId: string) => `comment-edit-button-${messageId}`;

/** One message: who wrote it and when, its text; the author's own edit and delete (asked twice). */
export function MessageItem({ planId, threadId, message, own, members, names, focusAfterDelete }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const removal = useCommentRequest();

  // What takes the focus once the render that brings it is committed: a frame later is a guess that a busy
  // page loses (React may not have rendered the box or the button again by then).
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  const startEditing = () => {
    focusNext.current = editId(message.id);
    setEditing(true);
  };
  const stopEditing = () => {
    // Back to the button that started it, which is there again now.
    focusNext.current = editButtonId(message.id);
    setEditing(false);
  };

  return (
    <li className="comment-message">
      <p className="comment-message__meta">
        <span className="comment-message__author">{message.author.name}</span>{' '}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
        {message.editedAt && !message.deleted && <span className="comment-message__edited"> {t('comments.message.edited')}</span>}
      </p>
      {message.deleted ? (
        <p className="comment-message__deleted">{t('comments.message.deleted')}</p>
      ) : editing ? (
        <MessageForm
          id={editId(message.id)}
          label={t('comments.message.editLabel')}
          submitLabel={t('comments.message.save')}
          members={members}
          initialText={message.text}
          onSend={(text) => editMessage(planId, threadId, message.id, text)}
          onSent={stopEditing}
          onCancel={stopEditing}
        />
      ) : (
        <MessageText text={message.text} names={names} />
      )}
      {own && !message.deleted && !editing && (
        <div className="comment-message__actions">
          {confirmingDelete ? (
            <>
              <span className="comment-message__confirm">{t('comments.message.confirmDelete')}</span>
              <button
                type="button"
                className="button button--small button--danger"
                aria-disabled={removal.busy || undefined}
                onClick={async () => {
                  if (await removal.run(() => deleteMessage(planId, threadId, message.id))) {
                    document.getElementById(focusAfterDelete)?.focus();
                  }
                }}
              >
                {t('comments.message.delete')}
              </button>
              <button type="button" className="button button--small" autoFocus onClick={() => setConfirmingDelete(false)}>
                {t('feedback.cancel')}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                id={editButtonId(message.id)}
                className="button button--small"
                onClick={startEditing}
              >
                {t('comments.message.edit')}
              </button>
              <button type="button" className="button button--small" onClick={() => setConfirmingDelete(true)}>
                {t('comments.message.delete')}
              </button>
            </>
          )}
        </div>
      )}
      {removal.error && (
        <p className="form-error" role="alert">
          {t(`feedback.${removal.error}`)}
        </p>
      )}
    </li>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionTextarea } from './MentionTextarea';
import { mentionedIds, type Mentionable } from './mentions';
import { useCommentRequest } from './useCommentRequest';

interface Props<T> {
  /** The text box's id: focus is sent there by id. */
  id: string;
  label: string;
  submitLabel: string;
  members: readonly Mentionable[];
  initialText?: string;
  /** Sends the text with the ids of the members it mentions. */
  onSend: (text: string, mentions: string[]) => Promise<T>;
  /** After a successful send; the text box is emptied first. */
  onSent?: (result: T) => void;
  onCancel?: () => void;
}

/** Writing a message: a new thread, a reply or an edit. A failure keeps the text and says why. */
export function MessageForm<T>({ id, label, submitLabel, members, initialText = '', onSend, onSent, onCancel }: Props<T>) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const { busy, error, run } = useCommentRequest();
  const empty = text.trim() === '';

  const send = async () => {
    if (empty || busy) return;
    let result: T | undefined;
    const sent = await run(async () => {
      result = await onSend(text.trim(), mentionedIds(text, members));
    });
    if (sent) {
      setText('');
      onSent?.(result as T);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <form
      className="comment-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        // Escape gives up the message first, before it would close the whole panel.
        if (event.key === 'Escape' && onCancel) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <MentionTextarea id={id} label={label} value={text} onChange={setText} members={members} onSubmit={() => void send()} />
      {error && (
        <p className="form-error" role="alert">
          {t(`feedback.${error}`)}
        </p>
      )}
      <div className="comment-form__actions">
        <button type="submit" className="button button--primary" aria-disabled={empty || busy || undefined}>
          {busy ? t('comments.sending') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('feedback.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

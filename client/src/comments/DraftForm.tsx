import { useTranslation } from 'react-i18next';
import { startThread, type CommentTarget } from './api';
import { DRAFT_ID } from './ids';
import { MessageForm } from './MessageForm';
import type { Mentionable } from './mentions';

interface Props {
  planId: string;
  target: CommentTarget;
  /** "Toimenpide 12: …" or the quoted words. */
  subject: string;
  members: readonly Mentionable[];
  /** The thread was started (its id) or given up (null). */
  onDone: (threadId: string | null) => void;
}

/** A new thread on a measure or a passage of the text. */
export function DraftForm({ planId, target, subject, members, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <section className="comment-draft" aria-labelledby={`${DRAFT_ID}-title`}>
      <h3 id={`${DRAFT_ID}-title`} className="comment-draft__title">
        {t('comments.draft.title')}
      </h3>
      <p className="comment-draft__subject">{subject}</p>
      <MessageForm
        id={DRAFT_ID}
        label={t('comments.draft.label')}
        submitLabel={t('comments.draft.send')}
        members={members}
        onSend={(text, mentions) => startThread(planId, target, text, mentions)}
        onSent={({ threadId }) => onDone(threadId)}
        onCancel={() => onDone(null)}
      />
    </section>
  );
}

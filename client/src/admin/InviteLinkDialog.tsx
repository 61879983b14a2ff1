import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invite } from '../api/users';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { useFeedback } from '../components/useFeedback';
import { copyText } from './copyText';

interface Props {
  name: string;
  invite: Invite;
  onClose: () => void;
}

/**
 * Shows a one-time set-password link to pass on. No e-mail is sent: the
 * administrator gives the link to the person themselves, so the dialog says
 * so, and when the link stops working.
 */
export function InviteLinkDialog({ name, invite, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const { feedback, announce, fail } = useFeedback();
  const hintId = useId();
  const url = `${location.origin}${invite.invitePath}`;
  const expires = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(invite.inviteExpiresAt),
  );

  const copyLink = async () => {
    if (await copyText(url, field.current)) announce(t('admin.invite.copied'));
    else fail(t('admin.invite.copyFailed'));
  };

  return (
    <ModalDialog title={t('admin.invite.title', { name })} onClose={onClose}>
      <p id={hintId}>{t('admin.invite.explain', { name, expires })}</p>
      <FormField label={t('admin.invite.link')} describedBy={hintId}>
        {(control) => (
          // A text area, so that the whole link shows, wrapped, for reading it out if need be.
          <textarea
            ref={field}
            {...control}
            readOnly
            rows={2}
            value={url}
            className="invite-link"
            onFocus={(event) => event.target.select()}
          />
        )}
      </FormField>
      <FeedbackRegion feedback={feedback} />
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={() => void copyLink()} data-autofocus>
          {t('admin.invite.copy')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('feedback.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

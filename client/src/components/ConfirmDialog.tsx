import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackRegion } from './FeedbackRegion';
import { ModalDialog } from './ModalDialog';
import { useFeedback } from './useFeedback';

interface Props {
  title: string;
  /** The question, read with the title as the dialog opens. */
  children: ReactNode;
  confirmLabel: string;
  /** The change, and reloading what shows it; a failure stays in the dialog with its reason. */
  onConfirm: () => Promise<unknown>;
  /** After success: the parent closes the dialog and says what happened. */
  onDone: () => void;
  onClose: () => void;
  onSessionLost: () => void;
  /** A clearer message for a 409 (e.g. "the group still has plans"). */
  conflict?: string;
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * Asks before something that cannot be undone (removing a user, a member, a
 * group, restoring a version), on the server: the change runs from here and
 * a failure stays in the dialog. An alertdialog (WAI-ARIA APG): it interrupts
 * and needs an answer, so screen readers read the question (its
 * aria-describedby) at once. Focus starts on Cancel, which loses nothing.
 */
export function ConfirmDialog(props: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(props.onSessionLost);

  const confirm = async () => {
    if (await run(props.onConfirm, { specific: { conflict: props.conflict } })) props.onDone();
  };

  return (
    <ModalDialog
      title={props.title}
      role="alertdialog"
      description={props.children}
      onClose={props.onClose}
      fallbackFocus={props.fallbackFocus}
    >
      <FeedbackRegion feedback={feedback} />
      <div className="modal__actions">
        <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => void confirm()}>
          {props.confirmLabel}
        </button>
        <button type="button" className="button" onClick={props.onClose} data-autofocus>
          {t('feedback.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

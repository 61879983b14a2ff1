import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  submitLabel: string;
  /** While the request is on its way the button stays focusable but does nothing (`aria-disabled`). */
  busy: boolean;
  onCancel: () => void;
  /** "Sulje" where leaving the dialog is not undoing anything; by default Peruuta. */
  cancelLabel?: string;
  /** Further actions between the two, such as removing a link. */
  children?: ReactNode;
}

/** A form dialog's buttons: the primary action, any others, and Peruuta. */
export function SubmitCancelActions({ submitLabel, busy, onCancel, cancelLabel, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="modal__actions">
      <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
      {children}
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel ?? t('feedback.cancel')}
      </button>
    </div>
  );
}

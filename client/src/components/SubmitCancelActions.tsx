import { useTranslation } from 'react-i18next';

interface Props {
  submitLabel: string;
  /** While the request is on its way the button stays focusable but does nothing (`aria-disabled`). */
  busy: boolean;
  onCancel: () => void;
}

/** A form dialog's buttons: the primary action and Peruuta. */
export function SubmitCancelActions({ submitLabel, busy, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="modal__actions">
      <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('feedback.cancel')}
      </button>
    </div>
  );
}

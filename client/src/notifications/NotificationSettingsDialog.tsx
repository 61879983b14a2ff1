import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { getSettings, NOTIFICATION_KINDS, updateSettings, type NotificationKind } from './api';
import '../components/forms.css';

/** Which kinds of notification also come by e-mail; in the app they always show. */
export function NotificationSettingsDialog({ onClose, onSessionLost }: { onClose: () => void; onSessionLost?: () => void }) {
  const { t } = useTranslation();
  const fetchSettings = useCallback(() => getSettings(), []);
  const { load } = useLoad(fetchSettings, onSessionLost);
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [email, setEmail] = useState<Record<NotificationKind, boolean> | null>(null);
  const shown = email ?? (load.kind === 'loaded' ? load.data.email : null);

  const save = async () => {
    if (!shown) return;
    if (await run(() => updateSettings({ email: shown }), { done: t('notifications.saved') })) onClose();
  };

  return (
    <ModalDialog title={t('notifications.settingsTitle')} description={t('notifications.settingsIntro')} onClose={onClose}>
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="form-error">{t('notifications.loadFailed')}</p>}
      {shown && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <fieldset className="checks">
            <legend>{t('notifications.emailLegend')}</legend>
            {NOTIFICATION_KINDS.map((kind) => (
              <label key={kind} className="check">
                <input type="checkbox" checked={shown[kind]} onChange={(event) => setEmail({ ...shown, [kind]: event.target.checked })} />
                {t(`notifications.emailKinds.${kind}`)}
              </label>
            ))}
          </fieldset>
          <FeedbackRegion feedback={feedback} />
          <SubmitCancelActions submitLabel={t('notifications.save')} busy={busy} onCancel={onClose} cancelLabel={t('feedback.close')} />
        </form>
      )}
    </ModalDialog>
  );
}

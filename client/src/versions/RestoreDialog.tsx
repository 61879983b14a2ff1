import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreVersion, type VersionSummary } from '../api/versions';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateTime } from '../i18n/dateTime';
import { versionLabel } from './versionText';

interface Props {
  planId: string;
  version: VersionSummary;
  /** After the restore, e.g. reloading the list that now has the "before" snapshot; the dialog closes after it. */
  onRestored?: () => Promise<void>;
  onDone: (label: string) => void;
  onClose: () => void;
  onSessionLost: () => void;
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * Asks before a restore and says what it does: the version comes back as a
 * new change on top of the history, after the current state is saved, so
 * nothing is lost and everyone in the plan sees it at once.
 */
export function RestoreDialog({ planId, version, onRestored, onDone, onClose, onSessionLost, fallbackFocus }: Props) {
  const { t, i18n } = useTranslation();
  const label = versionLabel(version, t);
  return (
    <ConfirmDialog
      title={t('versions.restoreDialog.title')}
      confirmLabel={t('versions.restoreDialog.confirm')}
      onConfirm={async () => {
        await restoreVersion(planId, version.id);
        await onRestored?.();
      }}
      onDone={() => onDone(label)}
      onClose={onClose}
      onSessionLost={onSessionLost}
      fallbackFocus={fallbackFocus}
    >
      <p>{t('versions.restoreDialog.what', { label, date: formatDateTime(version.createdAt, i18n.language) })}</p>
      <p>{t('versions.restoreDialog.history')}</p>
      <p>
        {/* The server names that snapshot after the version's stored label. */}
        {t('versions.restoreDialog.before', { name: t('versions.beforeRestore', { label: version.label }) })}
      </p>
    </ConfirmDialog>
  );
}

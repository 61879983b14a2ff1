import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ConnectionState } from '../collab/useConnectionState';

function message(t: TFunction, state: ConnectionState): string {
  switch (state.kind) {
    case 'connecting':
      return t('connection.connecting');
    case 'offline':
      return t('connection.offline');
    case 'unsaved':
      return t('connection.unsaved', { count: state.count });
    case 'saved':
      return t('connection.saved');
  }
}

/**
 * Connection and save state in a polite live region, so a screen reader user
 * hears when the connection drops and when their changes are safe.
 */
export function SaveIndicator({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={`save-indicator save-indicator--${state.kind}`}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {message(t, state)}
    </p>
  );
}

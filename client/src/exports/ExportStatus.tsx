import { useTranslation } from 'react-i18next';
import type { ExportState } from './useExport';

/**
 * What the export is doing, in live regions that exist before their text
 * changes (else screen readers would not read them): a spinner while the
 * server makes the file, then its name once saved, or why it failed.
 */
export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useTranslation();
  return (
    <div className="export-status">
      <p role="status" className="export-status__progress">
        {state.kind === 'making' && (
          <>
            <span className="spinner" aria-hidden="true" />
            {t('exports.making', { format: t(`exports.formats.${state.format}.name`) })}
          </>
        )}
        {state.kind === 'saved' && t('exports.saved', { fileName: state.fileName })}
        {state.kind === 'cancelled' && t('exports.cancelled')}
      </p>
      <p className="feedback__error" aria-live="assertive">
        {state.kind === 'failed' && (
          <>
            {state.error === 'notFound' ? t('exports.notFound') : t(`feedback.${state.error}`)}
            {state.detail && (
              <>
                {' '}
                <span className="feedback__detail" lang="en">
                  ({state.detail})
                </span>
              </>
            )}
          </>
        )}
      </p>
    </div>
  );
}

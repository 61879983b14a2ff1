import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../api/versions';
import { CURRENT, planHref } from '../routing/route';
import { formatDateTime } from '../i18n/dateTime';
import { versionLabel } from './versionText';

interface Props {
  planId: string;
  versions: readonly VersionSummary[];
  /** Labels the table: the id of the section's heading. */
  labelledBy: string;
  /** Given only to those who may restore: without it there is no restore button. */
  onRestore?: (version: VersionSummary) => void;
}

/** The versions, newest first: name, kind, maker and time, and what can be done with each. */
export function VersionTable({ planId, versions, labelledBy, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  return (
    // Scrolls sideways if it must; focusable so that keyboard users can scroll it too.
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {/* Explicit roles: on a phone the rows are stacked with CSS, which would otherwise drop the table semantics. */}
      <table role="table" className="data-table version-table" aria-labelledby={labelledBy}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{t('versions.columns.label')}</th>
            <th role="columnheader" scope="col">{t('versions.columns.kind')}</th>
            <th role="columnheader" scope="col">{t('versions.columns.by')}</th>
            <th role="columnheader" scope="col">{t('versions.columns.at')}</th>
            <th role="columnheader" scope="col">{t('versions.columns.actions')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {versions.map((version) => {
            const label = versionLabel(version, t);
            return (
              <tr role="row" key={version.id} className={`version-table__row--${version.kind}`}>
                <th role="rowheader" scope="row" className="data-table__name">
                  {label}
                </th>
                <td role="cell" data-label={t('versions.columns.kind')}>
                  <span className={version.kind === 'named' ? 'badge' : 'badge badge--muted'}>
                    {t(`versions.kind.${version.kind}`)}
                  </span>
                </td>
                <td role="cell" data-label={t('versions.columns.by')}>
                  {version.createdBy?.name ?? t('versions.bySystem')}
                </td>
                <td role="cell" data-label={t('versions.columns.at')}>
                  {formatDateTime(version.createdAt, i18n.language)}
                </td>
                <td role="cell">
                  <span className="row-actions">
                    <a
                      className="button button--small"
                      href={planHref(planId, { kind: 'version', versionId: version.id })}
                      aria-label={t('versions.viewOne', { label })}
                    >
                      {t('versions.view')}
                    </a>
                    <a
                      className="button button--small"
                      href={planHref(planId, { kind: 'compare', from: version.id, to: CURRENT })}
                      aria-label={t('versions.compareOne', { label })}
                    >
                      {t('versions.compare')}
                    </a>
                    {onRestore && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('versions.restoreOne', { label })}
                        onClick={() => onRestore(version)}
                      >
                        {t('versions.restore')}
                      </button>
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

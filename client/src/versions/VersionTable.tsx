import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../api/versions';
import { DataTable, RowButton } from '../components/DataTable';
import { formatDateTime } from '../i18n/dateTime';
import { Link } from '../routing/Link';
import { CURRENT, planHref } from '../routing/route';
import { versionLabel } from './versionText';

interface Props {
  planId: string;
  versions: readonly VersionSummary[];
  /** Labels the table: the id of the section's heading. */
  labelledBy: string;
  /** Said when there are no versions to list. */
  empty: string;
  /** Given only to those who may restore: without it there is no restore button. */
  onRestore?: (version: VersionSummary) => void;
}

/** The versions, newest first: name, kind, maker and time, and what can be done with each. */
export function VersionTable({ planId, versions, labelledBy, empty, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const label = (version: VersionSummary) => versionLabel(version, t);
  return (
    <DataTable
      rows={versions}
      rowKey={(version) => version.id}
      labelledBy={labelledBy}
      empty={empty}
      className="version-table"
      rowClassName={(version) => `version-table__row--${version.kind}`}
      nameColumn={{ header: t('versions.columns.label'), cell: label }}
      columns={[
        {
          header: t('versions.columns.kind'),
          cell: (version) => (
            <span className={version.kind === 'named' ? 'badge' : 'badge badge--muted'}>{t(`versions.kind.${version.kind}`)}</span>
          ),
        },
        { header: t('versions.columns.by'), cell: (version) => version.createdBy?.name ?? t('versions.bySystem') },
        { header: t('versions.columns.at'), cell: (version) => formatDateTime(version.createdAt, i18n.language) },
      ]}
      actions={{
        header: t('versions.columns.actions'),
        cell: (version) => (
          <>
            <Link
              className="button button--small"
              href={planHref(planId, { kind: 'version', versionId: version.id })}
              aria-label={t('versions.viewOne', { label: label(version) })}
            >
              {t('versions.view')}
            </Link>
            <Link
              className="button button--small"
              href={planHref(planId, { kind: 'compare', from: version.id, to: CURRENT })}
              aria-label={t('versions.compareOne', { label: label(version) })}
            >
              {t('versions.compare')}
            </Link>
            {onRestore && (
              <RowButton label={t('versions.restoreOne', { label: label(version) })} onClick={() => onRestore(version)}>
                {t('versions.restore')}
              </RowButton>
            )}
          </>
        ),
      }}
    />
  );
}

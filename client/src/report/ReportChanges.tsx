import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearlyReport } from '../../../shared/plan';
import type { VersionSummary } from '../api/versions';
import { ChangeSection } from '../versions/ChangeSection';
import { MeasureList, StatusChangeList } from '../versions/MeasureChangeLists';
import { VersionSelect } from '../versions/VersionSelect';
import { formatDateTime } from '../i18n/dateTime';
import { versionLabel } from '../versions/versionText';

interface Props {
  versions: readonly VersionSummary[];
  /** The version the report compares with, once chosen. */
  since: string | null;
  onSince: (versionId: string) => void;
  /** The report's changes, present once the report compared with `since`. */
  changes: YearlyReport['changes'];
}

/** "Muutokset versiosta …": status moves, new and dropped measures since an earlier version. */
export function ReportChanges({ versions, since, onSince, changes }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const selectId = useId();
  const [choice, setChoice] = useState(since ?? versions.find((v) => v.kind === 'named')?.id ?? versions[0]?.id ?? '');
  const sinceName = changes ? versionLabel(changes.since, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) onSince(choice);
  };

  return (
    <section className="report-section report-changes" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {changes && sinceName
          ? t('report.changes.titleSince', { label: sinceName, date: formatDateTime(changes.since.createdAt, i18n.language) })
          : t('report.changes.title')}
      </h2>
      {versions.length === 0 ? (
        <p>{t('report.changes.noVersions')}</p>
      ) : (
        <form className="report-changes__form" onSubmit={submit}>
          <div className="form__field">
            <label htmlFor={selectId}>{t('report.changes.pick')}</label>
            <VersionSelect id={selectId} versions={versions} value={choice} onChange={setChoice} />
          </div>
          <button type="submit" className="button button--primary">
            {t('report.changes.submit')}
          </button>
        </form>
      )}
      {/* Rendered from the start, so that the result is read out when it arrives. */}
      <p role="status" className="report-changes__summary">
        {changes &&
          t('report.changes.summary', {
            statusChanged: changes.statusChanged.length,
            added: changes.added.length,
            removed: changes.removed.length,
          })}
      </p>
      {changes && (
        <>
          <ChangeSection level={3} title={t('report.changes.statusChanged')} count={changes.statusChanged.length} empty={t('compare.none.statusChanged')}>
            <StatusChangeList changes={changes.statusChanged} />
          </ChangeSection>
          <ChangeSection level={3} title={t('report.changes.added')} count={changes.added.length} empty={t('compare.none.added')}>
            <MeasureList measures={changes.added} />
          </ChangeSection>
          <ChangeSection level={3} title={t('report.changes.removed')} count={changes.removed.length} empty={t('compare.none.removed')}>
            <MeasureList measures={changes.removed} />
          </ChangeSection>
        </>
      )}
    </section>
  );
}

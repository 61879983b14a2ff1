import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import { getReport } from '../api/reports';
import { listVersions } from '../api/versions';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../components/useLoad';
import { useRootClass } from '../components/useRootClass';
import { formatDateTime } from '../i18n/dateTime';
import { CountsTable } from './CountsTable';
import { ReportChanges } from './ReportChanges';
import { ReportIndicators } from './ReportIndicators';
import { reportRows } from './reportRows';
import { StatusChart } from './StatusChart';
import { TotalSummary } from './TotalSummary';
import '../components/feedback.css';
import '../versions/versions.css';
import './report.css';

interface Props {
  plan: OpenPlan;
  onSessionLost: () => void;
}

/**
 * `/plans/<id>/report`: the yearly well-being report (hyvinvointiraportti)
 * for the council: the traffic lights by focus area, responsible party and
 * target group, what changed since an earlier version, and the plan's
 * indicators against their targets. Prints as a document.
 */
export function ReportView({ plan, onSessionLost }: Props) {
  const { t, i18n } = useTranslation();
  const [since, setSince] = useState<string | null>(null);
  const fetchReport = useCallback(() => getReport(plan.id, since), [plan.id, since]);
  const fetchVersions = useCallback(() => listVersions(plan.id), [plan.id]);
  const report = useLoad(fetchReport, onSessionLost).load;
  const versions = useLoad(fetchVersions, onSessionLost).load;
  // The time the figures were read: printed on the report, which is a snapshot of a live plan.
  const readAt = useMemo(() => (report.kind === 'loaded' ? new Date().toISOString() : null), [report]);
  const rows = useMemo(() => (report.kind === 'loaded' ? reportRows(report.data, t) : null), [report, t]);
  const focusHeadingId = useId();
  const responsibleHeadingId = useId();
  const targetHeadingId = useId();
  // Printed, the page is the report alone (report.css).
  useRootClass('report-page');

  return (
    <div className="report">
      <PageTitle>{t('report.pageTitle', { title: plan.title })}</PageTitle>
      <div className="report__intro">
        <p className="page-intro">
          {readAt ? t('report.readAt', { date: formatDateTime(readAt, i18n.language) }) : t('report.intro')}
        </p>
        <button type="button" className="button report__print" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      {report.kind === 'loading' && <p>{t('app.loading')}</p>}
      {report.kind === 'failed' && <p className="feedback__error">{t('report.failed')}</p>}
      {report.kind === 'loaded' && rows && (
        <>
          <TotalSummary counts={report.data.total} />
          <section className="report-section" aria-labelledby={focusHeadingId}>
            <h2 id={focusHeadingId}>{t('report.focusAreas.title')}</h2>
            <StatusChart rows={rows.focusAreas} caption={t('report.focusAreas.chart')} />
            <CountsTable
              caption={t('report.focusAreas.table')}
              rowHeader={t('report.focusAreas.rowHeader')}
              rows={rows.focusAreas}
              total={report.data.total}
            />
          </section>
          {versions.kind === 'loaded' && (
            <ReportChanges versions={versions.data} since={since} onSince={setSince} changes={report.data.changes} />
          )}
          <section className="report-section" aria-labelledby={responsibleHeadingId}>
            <h2 id={responsibleHeadingId}>{t('report.responsible.title')}</h2>
            <p className="field-hint">{t('report.responsible.hint')}</p>
            <CountsTable caption={t('report.responsible.table')} rowHeader={t('report.responsible.rowHeader')} rows={rows.byResponsible} />
          </section>
          <section className="report-section" aria-labelledby={targetHeadingId}>
            <h2 id={targetHeadingId}>{t('report.targetGroups.title')}</h2>
            <CountsTable
              caption={t('report.targetGroups.table')}
              rowHeader={t('report.targetGroups.rowHeader')}
              rows={rows.byTargetGroup}
              total={report.data.total}
            />
          </section>
          <ReportIndicators planId={plan.id} onSessionLost={onSessionLost} />
        </>
      )}
    </div>
  );
}

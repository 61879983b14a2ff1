import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanData } from '../../../shared/plan';
import type { OpenPlan } from '../api/plans';
import { getVersion, listVersions, type VersionSummary } from '../api/versions';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { CURRENT, planHref } from '../routing/route';
import { ReadOnlyMeasureTable } from './ReadOnlyMeasureTable';
import { ReadOnlyPlanText } from './ReadOnlyPlanText';
import { RestoreDialog } from './RestoreDialog';
import { currentIndicatorsForVersion, versionChartView } from './VersionChartBlock';
import { formatDateTime } from '../i18n/dateTime';
import { versionLabel } from './versionText';
import '../components/forms.css';
import '../groups/groups.css';
import './versions.css';

interface Props {
  plan: OpenPlan;
  versionId: string;
  onSessionLost: () => void;
}

/** Its summary from the list (the version itself holds only its content) and its content. */
async function loadVersion(planId: string, versionId: string) {
  const [versions, data] = await Promise.all([listVersions(planId), getVersion(planId, versionId)]);
  return { summary: versions.find((version) => version.id === versionId) ?? null, data };
}

/** `/plans/<id>/versions/<versionId>`: one version, read-only, laid out like the plan. */
export function VersionView({ plan, versionId, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchVersion = useCallback(() => loadVersion(plan.id, versionId), [plan.id, versionId]);
  const { load } = useLoad(fetchVersion, onSessionLost);

  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  if (load.kind === 'failed' || !load.data.summary) {
    const notFound = load.kind === 'loaded' || load.status === 404 || load.status === 400;
    return (
      <div>
        <PageTitle>{notFound ? t('versions.notFound') : t('versions.loadOneFailed')}</PageTitle>
        <p>
          <Link href={planHref(plan.id, { kind: 'versions' })}>{t('versions.backToList')}</Link>
        </p>
      </div>
    );
  }
  return <Version plan={plan} summary={load.data.summary} data={load.data.data} onSessionLost={onSessionLost} />;
}

interface VersionProps {
  plan: OpenPlan;
  summary: VersionSummary;
  data: PlanData;
  onSessionLost: () => void;
}

function Version({ plan, summary, data, onSessionLost }: VersionProps) {
  const { t, i18n } = useTranslation();
  const { feedback, announce } = useFeedback(onSessionLost);
  const [restoring, setRestoring] = useState(false);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const label = versionLabel(summary, t);
  // One node view for the page's charts, fetching the plan's indicators once however many the text has.
  const chartView = useMemo(() => versionChartView(currentIndicatorsForVersion(plan.id)), [plan.id]);
  return (
    <div className="version-page">
      <PageTitle>{t('versions.versionTitle', { label, title: plan.title })}</PageTitle>
      <p className="page-meta version-page__meta">
        <span className={summary.kind === 'named' ? 'badge' : 'badge badge--muted'}>{t(`versions.kind.${summary.kind}`)}</span>
        <span>
          {t('versions.madeBy', {
            name: summary.createdBy?.name ?? t('versions.bySystem'),
            date: formatDateTime(summary.createdAt, i18n.language),
          })}
        </span>
      </p>
      <p className="notice">{t('versions.readOnly')}</p>
      <div className="version-page__actions">
        <Link className="button" href={planHref(plan.id, { kind: 'compare', from: summary.id, to: CURRENT })}>
          {t('versions.compareWithCurrent')}
        </Link>
        {plan.can.manageVersions && (
          <button ref={restoreButton} type="button" className="button" onClick={() => setRestoring(true)}>
            {t('versions.restoreThis')}
          </button>
        )}
        <Link href={planHref(plan.id, { kind: 'versions' })}>{t('versions.backToList')}</Link>
      </div>
      <FeedbackRegion feedback={feedback} />
      {data.body ? (
        <ReadOnlyPlanText body={data.body} label={t('versions.textLabel', { label })} indicatorChartView={chartView} />
      ) : (
        <p>{t('versions.noText')}</p>
      )}
      <ReadOnlyMeasureTable data={data} />
      {restoring && (
        <RestoreDialog
          planId={plan.id}
          version={summary}
          onDone={(restored) => {
            setRestoring(false);
            announce(t('versions.restored', { label: restored }));
          }}
          onClose={() => setRestoring(false)}
          onSessionLost={onSessionLost}
          fallbackFocus={restoreButton}
        />
      )}
    </div>
  );
}

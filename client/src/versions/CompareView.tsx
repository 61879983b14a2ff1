import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import { comparePlanVersions, listVersions, type VersionSummary } from '../api/versions';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { CURRENT, planHref } from '../routing/route';
import { ComparePicker } from './ComparePicker';
import { ComparisonResult } from './ComparisonResult';
import { comparisonCounts, hasChanges } from './comparisonSummary';
import { versionLabel } from './versionText';
import './versions.css';

interface Props {
  plan: OpenPlan;
  from: string;
  /** A version id or `current`. */
  to: string;
  onSessionLost: () => void;
}

/** Two versions side by side in one list of changes: `/plans/<id>/compare/<from>/<to>`. */
export function CompareView({ plan, from, to, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchVersions = useCallback(() => listVersions(plan.id), [plan.id]);
  const fetchComparison = useCallback(() => comparePlanVersions(plan.id, from, to), [plan.id, from, to]);
  const versions = useLoad(fetchVersions, onSessionLost).load;
  const comparison = useLoad(fetchComparison, onSessionLost).load;
  const counts = useMemo(
    () => (comparison.kind === 'loaded' ? comparisonCounts(comparison.data) : null),
    [comparison],
  );

  const list = versions.kind === 'loaded' ? versions.data : [];
  const nameOf = (id: string) => {
    if (id === CURRENT) return t('versions.current');
    const version = list.find((v: VersionSummary) => v.id === id);
    return version ? versionLabel(version, t) : t('compare.unknownVersion');
  };

  return (
    <div className="compare-page">
      <PageTitle>{t('compare.pageTitle', { title: plan.title })}</PageTitle>
      {versions.kind === 'loaded' && <ComparePicker planId={plan.id} versions={list} from={from} to={to} />}
      <p className="compare-page__subject">
        <span>
          {t('compare.from')}: <strong>{nameOf(from)}</strong>
        </span>
        <span>
          {t('compare.to')}: <strong>{nameOf(to)}</strong>
        </span>
      </p>
      {/* Rendered from the start, so that the result is read out when it arrives. */}
      <p role="status" className="compare-page__summary">
        {counts && (hasChanges(counts) ? t('compare.summary', { ...counts }) : t('compare.noChanges'))}
      </p>
      {comparison.kind === 'loading' && <p>{t('app.loading')}</p>}
      {comparison.kind === 'failed' && (
        <p className="feedback__error">
          {comparison.status === 404 || comparison.status === 400 ? t('compare.notFound') : t('compare.failed')}{' '}
          <Link href={planHref(plan.id, { kind: 'versions' })}>{t('versions.backToList')}</Link>
        </p>
      )}
      {comparison.kind === 'loaded' && counts && <ComparisonResult comparison={comparison.data} counts={counts} />}
    </div>
  );
}

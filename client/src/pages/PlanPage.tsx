import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isUnauthorized } from '../api/http';
import { takePlan } from '../api/earlyRequests';
import type { OpenPlan } from '../api/plans';
import { currentUser, type SessionUser } from '../api/session';
import { PageTitle } from '../components/PageTitle';
import { CompareView } from '../versions/CompareView';
import { ReportView } from '../report/ReportView';
import { IndicatorsView } from '../indicators/IndicatorsView';
import { RoundsView } from '../rounds/RoundsView';
import { RoundView } from '../rounds/RoundView';
import { VocabulariesView } from '../vocabularies/VocabulariesView';
import { VersionsView } from '../versions/VersionsView';
import { VersionView } from '../versions/VersionView';
import { Link } from '../routing/Link';
import { PLANS_HREF, type PlanView } from '../routing/route';
import { PlanNav } from './PlanNav';
import { PlanWorkspace } from './PlanWorkspace';

type Load =
  | { kind: 'loading' }
  | { kind: 'notFound' }
  | { kind: 'loadFailed' }
  | { kind: 'noAccess' }
  | { kind: 'loaded'; plan: OpenPlan };

interface Props {
  planId: string;
  view: PlanView;
  user: SessionUser;
  onSessionLost: () => void;
}

export function PlanPage({ planId, view, user, onSessionLost }: Props) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    takePlan(planId).then(
      (plan) => current && setLoad({ kind: 'loaded', plan }),
      (error: unknown) => {
        if (!current) return;
        if (isUnauthorized(error)) onSessionLost();
        else setLoad({ kind: error instanceof ApiError && error.status === 404 ? 'notFound' : 'loadFailed' });
      },
    );
    return () => {
      current = false;
    };
  }, [planId, onSessionLost]);

  // The socket refuses both an expired session and a plan this user may not
  // open; only the first means signing in again.
  const onSocketRefused = useCallback(() => {
    void currentUser().then(
      (stillSignedIn) => (stillSignedIn ? setLoad({ kind: 'noAccess' }) : onSessionLost()),
      onSessionLost,
    );
  }, [onSessionLost]);

  if (load.kind === 'loaded') {
    const plan = load.plan;
    return (
      <>
        <PlanNav planId={plan.id} view={view} canEdit={plan.can.edit} onSessionLost={onSessionLost} />
        {view.kind === 'plan' && <PlanWorkspace plan={plan} user={user} onSocketRefused={onSocketRefused} />}
        {view.kind === 'versions' && <VersionsView plan={plan} onSessionLost={onSessionLost} />}
        {/* Keyed, so that another version or comparison is a new view: its title takes the focus again. */}
        {view.kind === 'version' && (
          <VersionView key={view.versionId} plan={plan} versionId={view.versionId} onSessionLost={onSessionLost} />
        )}
        {view.kind === 'compare' && (
          <CompareView
            key={`${view.from}/${view.to}`}
            plan={plan}
            from={view.from}
            to={view.to}
            onSessionLost={onSessionLost}
          />
        )}
        {view.kind === 'report' && <ReportView plan={plan} onSessionLost={onSessionLost} />}
        {view.kind === 'indicators' && <IndicatorsView plan={plan} onSessionLost={onSessionLost} />}
        {view.kind === 'rounds' && <RoundsView plan={plan} onSessionLost={onSessionLost} />}
        {view.kind === 'round' && <RoundView key={view.roundId} plan={plan} roundId={view.roundId} onSessionLost={onSessionLost} />}
        {view.kind === 'vocabularies' && (
          <VocabulariesView plan={plan} user={user} onSocketRefused={onSocketRefused} onSessionLost={onSessionLost} />
        )}
      </>
    );
  }
  // While loading there is no title yet: a placeholder h1 would take the focus meant for the plan's.
  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  return (
    <div className="plan-message">
      <PageTitle>{t(`plan.${load.kind}`)}</PageTitle>
      <p>
        <Link href={PLANS_HREF}>{t('plan.back')}</Link>
      </p>
    </div>
  );
}

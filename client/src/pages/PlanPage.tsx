import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isUnauthorized } from '../api/http';
import { getPlan, type PlanSummary } from '../api/plans';
import { currentUser, type User } from '../api/session';
import { PageTitle } from '../components/PageTitle';
import { PLANS_HREF } from '../routing/route';
import { PlanWorkspace } from './PlanWorkspace';

type Load =
  | { kind: 'loading' }
  | { kind: 'notFound' }
  | { kind: 'loadFailed' }
  | { kind: 'noAccess' }
  | { kind: 'loaded'; plan: PlanSummary };

interface Props {
  planId: string;
  user: User;
  onSessionLost: () => void;
}

export function PlanPage({ planId, user, onSessionLost }: Props) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    getPlan(planId).then(
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
    return <PlanWorkspace plan={load.plan} user={user} onSocketRefused={onSocketRefused} />;
  }
  // While loading there is no title yet: a placeholder h1 would take the focus meant for the plan's.
  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  return (
    <div className="plan-message">
      <PageTitle>{t(`plan.${load.kind}`)}</PageTitle>
      <p>
        <a href={PLANS_HREF}>{t('plan.back')}</a>
      </p>
    </div>
  );
}

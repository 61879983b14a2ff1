import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentUser, signOut, type User } from './api/session';
import { AppHeader } from './components/AppHeader';
import { LoginPage } from './pages/LoginPage';
import { PlanListPage } from './pages/PlanListPage';
import { PlanPage } from './pages/PlanPage';
import { useRoute } from './routing/route';

type Session = { kind: 'checking' } | { kind: 'signedOut' } | { kind: 'signedIn'; user: User };

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [session, setSession] = useState<Session>({ kind: 'checking' });

  useEffect(() => {
    currentUser().then(
      (user) => setSession(user ? { kind: 'signedIn', user } : { kind: 'signedOut' }),
      // Server unreachable: the login form reports the failure when it is tried.
      () => setSession({ kind: 'signedOut' }),
    );
  }, []);

  // Stable, because pages re-run their loading effects when it changes.
  const onSessionLost = useCallback(() => setSession({ kind: 'signedOut' }), []);
  const onSignOut = () => {
    // Shown as signed out even if the request fails: the person asked to leave,
    // and an expired session has nothing left to end.
    void signOut()
      .catch(() => undefined)
      .then(onSessionLost);
  };

  const user = session.kind === 'signedIn' ? session.user : null;

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <AppHeader user={user} onSignOut={onSignOut} onPlanList={route.page === 'plans'} />
      <main id="main" tabIndex={-1} className="app-main">
        {session.kind === 'checking' && <p>{t('app.loading')}</p>}
        {session.kind === 'signedOut' && (
          <LoginPage onSignedIn={(signedIn) => setSession({ kind: 'signedIn', user: signedIn })} />
        )}
        {user && route.page === 'plans' && <PlanListPage onSessionLost={onSessionLost} />}
        {user && route.page === 'plan' && (
          <PlanPage key={route.planId} planId={route.planId} user={user} onSessionLost={onSessionLost} />
        )}
      </main>
    </>
  );
}

/** With hash routing, following "#main" would replace the route; move focus instead. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPage } from './admin/AdminPage';
import { takeSession } from './api/earlyRequests';
import { signOut, type SessionUser } from './api/session';
import { forgetOfflineCopies } from './collab/offlineCopy';
import { AppHeader } from './components/AppHeader';
import { GroupListPage } from './groups/GroupListPage';
import { GroupPage } from './groups/GroupPage';
import { InvitePage } from './invite/InvitePage';
import { RespondPage } from './respond/RespondPage';
import { LoginPage } from './pages/LoginPage';
import { MeetingPage } from './meetings/MeetingPage';
import { PlanListPage } from './pages/PlanListPage';
import { PlanPage } from './pages/PlanPage';
import { navigate, useRoute } from './routing/navigation';
import { PLANS_HREF } from './routing/route';

type Session = { kind: 'checking' } | { kind: 'signedOut' } | { kind: 'signedIn'; user: SessionUser };

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [session, setSession] = useState<Session>({ kind: 'checking' });
  // Set when an invite link was used: the login page then says the password is ready.
  const [passwordSet, setPasswordSet] = useState(false);

  useEffect(() => {
    takeSession().then(
      (user) => setSession(user ? { kind: 'signedIn', user } : { kind: 'signedOut' }),
      // Server unreachable: the login form reports the failure when it is tried.
      () => setSession({ kind: 'signedOut' }),
    );
  }, []);

  // Stable, because pages re-run their loading effects when it changes.
  const onSessionLost = useCallback(() => setSession({ kind: 'signedOut' }), []);
  const onSignOut = () => {
    // Shown as signed out even if the request fails: the person asked to leave,
    // and an expired session has nothing left to end. What this browser kept
    // for offline use goes too, so that the next person here finds none of it.
    void signOut()
      .catch(() => undefined)
      .then(onSessionLost)
      .then(forgetOfflineCopies)
      .catch(() => undefined);
  };

  // Whoever opened the link is the invited person: a session left open in this
  // browser is someone else's, so it ends and they can sign in as themselves.
  const onPasswordSet = () => {
    setPasswordSet(true);
    // Replaced, so that back does not return to a link that no longer works.
    navigate(PLANS_HREF, { replace: true });
    if (session.kind === 'signedIn') {
      // Shown as signed out at once, so that the other person's plan list never flashes by.
      onSessionLost();
      void signOut()
        .catch(() => undefined)
        .then(forgetOfflineCopies)
        .catch(() => undefined);
    }
  };

  const user = session.kind === 'signedIn' ? session.user : null;
  // Pages that a link opens without signing in.
  const withoutSession = route.page === 'invite' || route.page === 'respond';
  // Tables of members and users, and a plan's three vocabulary tables with their buttons, need more width than
  // the reading column.
  const wide =
    route.page === 'group' ||
    route.page === 'admin' ||
    route.page === 'meeting' ||
    (route.page === 'plan' && route.view.kind === 'vocabularies');

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <AppHeader user={user} onSignOut={onSignOut} page={route.page} />
      <main id="main" tabIndex={-1} className={wide ? 'app-main app-main--wide' : 'app-main'}>
        {/* An invite link works without signing in. */}
        {route.page === 'invite' && (
          <InvitePage key={route.token} token={route.token} onPasswordSet={onPasswordSet} />
        )}
        {/* A status round's response link works without an account. */}
        {route.page === 'respond' && <RespondPage key={route.token} source={{ kind: 'token', token: route.token }} />}
        {!withoutSession && session.kind === 'checking' && <p>{t('app.loading')}</p>}
        {!withoutSession && session.kind === 'signedOut' && (
          <LoginPage
            notice={passwordSet ? t('invite.done') : undefined}
            onSignedIn={(signedIn) => {
              setPasswordSet(false);
              setSession({ kind: 'signedIn', user: signedIn });
            }}
          />
        )}
        {user && route.page === 'plans' && <PlanListPage user={user} onSessionLost={onSessionLost} />}
        {user && route.page === 'plan' && (
          <PlanPage
            key={route.planId}
            planId={route.planId}
            view={route.view}
            user={user}
            onSessionLost={onSessionLost}
          />
        )}
        {user && route.page === 'groups' && <GroupListPage onSessionLost={onSessionLost} />}
        {user && route.page === 'group' && (
          <GroupPage key={route.groupId} groupId={route.groupId} onSessionLost={onSessionLost} />
        )}
        {user && route.page === 'admin' && <AdminPage user={user} onSessionLost={onSessionLost} />}
        {user && route.page === 'request' && (
          <RespondPage key={route.requestId} source={{ kind: 'request', requestId: route.requestId }} onSessionLost={onSessionLost} />
        )}
        {user && route.page === 'meeting' && (
          <MeetingPage key={route.meetingId} meetingId={route.meetingId} user={user} onSessionLost={onSessionLost} />
        )}
      </main>
    </>
  );
}

/** Following "#main" would add a history entry and need not move focus in every browser; focus moves itself. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import type { SessionUser } from '../api/session';
import { useConnectionState } from '../collab/useConnectionState';
import { usePlanProvider, type AwarenessUser, type PlanConnection } from '../collab/usePlanProvider';
import { usePresence } from '../collab/usePresence';
import { CommentsButton } from '../comments/CommentsButton';
import { CommentsPanel } from '../comments/CommentsPanel';
import { useComments } from '../comments/useComments';
import { useMeasureIndex } from '../comments/useMeasureIndex';
import { PageTitle } from '../components/PageTitle';
import { useRoundsSignals } from '../rounds/useRoundsSignals';
import { PresenceList } from '../components/PresenceList';
import { SaveIndicator } from '../components/SaveIndicator';
import { PlanEditor } from '../editor/PlanEditor';
import { JumpToTable } from '../table/JumpToTable';
import { MeasureTableSection } from '../table/MeasureTableSection';

interface Props {
  plan: OpenPlan;
  user: SessionUser;
  onSocketRefused: () => void;
  /** Told of the plan's connection as it comes and goes (the meeting page says on it which meeting it is in). */
  onConnection?: (connection: PlanConnection | null) => void;
}

/** An open plan: its title, who is here, whether changes are saved, the text, the measure table and the comments. */
export function PlanWorkspace({ plan, user, onSocketRefused, onConnection }: Props) {
  const me: AwarenessUser = { id: user.id, name: user.name, color: user.color };
  const connection = usePlanProvider(plan.id, me, onSocketRefused);
  useEffect(() => onConnection?.(connection), [connection, onConnection]);
  return (
    <div className="plan">
      <PageTitle>{plan.title}</PageTitle>
      {/* Keyed by the discussion: a new connection brings a new document to follow. */}
      {connection && <LivePlan key={connection.discussion.document.guid} connection={connection} plan={plan} user={me} />}
    </div>
  );
}

interface LivePlanProps {
  connection: PlanConnection;
  plan: OpenPlan;
  user: AwarenessUser;
}

function LivePlan({ connection, plan, user }: LivePlanProps) {
  const { t } = useTranslation();
  const { provider } = connection;
  // The socket says read-only only once it is authenticated; opened offline it never is, so the plan's rights decide too.
  const readOnly = connection.readOnly || !plan.can.edit;
  const state = useConnectionState(provider);
  const participants = usePresence(provider);
  // The table's proposal markers and status dates follow the server's signals on this socket.
  useRoundsSignals(provider, plan.id);
  const comments = useComments({
    planId: plan.id,
    groupId: plan.groupId ?? null,
    canComment: plan.can.comment,
    userId: user.id,
    discussion: connection.discussion.document,
  });
  const measures = useMeasureIndex(provider.document, plan.id);
  const openCount = comments.threads.filter((thread) => !thread.resolved).length;
  const { panel, dispatch } = comments;

  return (
    <>
      {readOnly && <p className="plan__notice">{t('plan.readOnly')}</p>}
      <JumpToTable />
      <PlanEditor
        provider={provider}
        user={user}
        readOnly={readOnly}
        comments={comments.editor}
        statusBar={
          <div className="plan__bar">
            <SaveIndicator state={state} />
            <CommentsButton
              open={panel.open}
              count={openCount}
              onToggle={() => dispatch({ type: panel.open ? 'close' : 'openAll' })}
            />
            <PresenceList participants={participants} />
          </div>
        }
      />
      <MeasureTableSection provider={provider} planId={plan.id} readOnly={readOnly} comments={comments.table} />
      <CommentsPanel planId={plan.id} userId={user.id} comments={comments} measures={measures} />
    </>
  );
}

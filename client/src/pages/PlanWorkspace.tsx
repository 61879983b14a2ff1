import { useTranslation } from 'react-i18next';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { PlanSummary } from '../api/plans';
import type { User } from '../api/session';
import { useConnectionState } from '../collab/useConnectionState';
import { usePlanProvider, type AwarenessUser } from '../collab/usePlanProvider';
import { usePresence } from '../collab/usePresence';
import { PageTitle } from '../components/PageTitle';
import { PresenceList } from '../components/PresenceList';
import { SaveIndicator } from '../components/SaveIndicator';
import { PlanEditor } from '../editor/PlanEditor';
import { JumpToTable } from '../table/JumpToTable';
import { MeasureTableSection } from '../table/MeasureTableSection';

interface Props {
  plan: PlanSummary;
  user: User;
  onSocketRefused: () => void;
}

/** An open plan: its title, who is here, whether changes are saved, the text and the measure table. */
export function PlanWorkspace({ plan, user, onSocketRefused }: Props) {
  const me: AwarenessUser = { id: user.id, name: user.name, color: user.color };
  const connection = usePlanProvider(plan.id, me, onSocketRefused);
  return (
    <div className="plan">
      <PageTitle>{plan.title}</PageTitle>
      {connection && (
        <LivePlan provider={connection.provider} planId={plan.id} readOnly={connection.readOnly} user={me} />
      )}
    </div>
  );
}

interface LivePlanProps {
  provider: HocuspocusProvider;
  planId: string;
  readOnly: boolean;
  user: AwarenessUser;
}

function LivePlan({ provider, planId, readOnly, user }: LivePlanProps) {
  const { t } = useTranslation();
  const state = useConnectionState(provider);
  const participants = usePresence(provider);
  return (
    <>
      {readOnly && <p className="plan__notice">{t('plan.readOnly')}</p>}
      <JumpToTable />
      <PlanEditor
        provider={provider}
        user={user}
        readOnly={readOnly}
        statusBar={
          <div className="plan__bar">
            <SaveIndicator state={state} />
            <PresenceList participants={participants} />
          </div>
        }
      />
      <MeasureTableSection provider={provider} planId={planId} readOnly={readOnly} />
    </>
  );
}

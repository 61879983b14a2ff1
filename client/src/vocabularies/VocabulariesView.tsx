import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import type { SessionUser } from '../api/session';
import { useConnectionState } from '../collab/useConnectionState';
import { usePlanProvider, type PlanConnection } from '../collab/usePlanProvider';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import type { VocabularyKind } from '../../../shared/plan';
import { EntryDialogs, kindOf, type EntryDialog } from './EntryDialogs';
import { PartiesSection } from './PartiesSection';
import { ProjectsSection } from './ProjectsSection';
import { TargetGroupsSection } from './TargetGroupsSection';
import { useLiveVocabularies } from './useLiveVocabularies';
import '../components/forms.css';
import './vocabularies.css';

interface Props {
  plan: OpenPlan;
  user: SessionUser;
  onSocketRefused: () => void;
  onSessionLost: () => void;
}

/**
 * `/plans/<id>/vocabularies`: the plan's responsible parties (with their
 * contact persons), target groups and projects, which measures refer to by
 * id. The lists are read live from the plan's document on its socket, so a
 * rename made in another browser shows here as it does in the table; changes
 * go through REST (see ./api), which the server writes into that document.
 */
export function VocabulariesView({ plan, user, onSocketRefused, onSessionLost }: Props) {
  const { t } = useTranslation();
  const connection = usePlanProvider(plan.id, { id: user.id, name: user.name, color: user.color }, onSocketRefused);
  return (
    <div className="vocabularies">
      <PageTitle>{t('vocabularies.pageTitle', { title: plan.title })}</PageTitle>
      <p className="page-intro">{t('vocabularies.intro')}</p>
      {connection ? (
        <LiveVocabularies key={connection.provider.document.guid} plan={plan} connection={connection} onSessionLost={onSessionLost} />
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </div>
  );
}

interface LiveProps {
  plan: OpenPlan;
  connection: PlanConnection;
  onSessionLost: () => void;
}

function LiveVocabularies({ plan, connection, onSessionLost }: LiveProps) {
  const { t } = useTranslation();
  const view = useLiveVocabularies(connection.provider.document, plan.id);
  const state = useConnectionState(connection.provider);
  // What the page's changes did, told from one place that stays on screen (a dialog's own errors stay in it).
  const { feedback, run, announce } = useFeedback(onSessionLost);
  const [dialog, setDialog] = useState<EntryDialog | null>(null);
  // Where focus goes when the row whose button opened a dialog is gone (merged, deleted): its section's heading.
  const headings: Record<VocabularyKind, RefObject<HTMLHeadingElement | null>> = {
    party: useRef(null),
    targetGroup: useRef(null),
    project: useRef(null),
  };
  // The server refuses what a role may not do; the page does not offer it.
  const editable = plan.can.edit && !connection.readOnly;

  if (state.kind === 'connecting') return <p>{t('app.loading')}</p>;
  const sections = { planId: plan.id, view, editable, run, onOpen: setDialog, headings, onSessionLost };
  return (
    <>
      {state.kind === 'offline' && <p className="notice">{t('vocabularies.offline')}</p>}
      {!editable && <p className="notice">{t('vocabularies.readOnly')}</p>}
      <FeedbackRegion feedback={feedback} />
      <PartiesSection {...sections} />
      <TargetGroupsSection {...sections} />
      <ProjectsSection {...sections} />
      {dialog && (
        <EntryDialogs
          plan={plan}
          view={view}
          dialog={dialog}
          fallbackFocus={headings[kindOf(dialog)]}
          onDone={(message) => {
            setDialog(null);
            announce(message);
          }}
          onClose={() => setDialog(null)}
          onSessionLost={onSessionLost}
        />
      )}
    </>
  );
}

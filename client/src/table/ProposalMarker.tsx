import { useState, useSyncExternalStore } from 'react';
import { formatDay } from '../i18n/dateTime';
import { planProposalsOf } from '../rounds/planProposals';
import type { PlanProposal } from '../rounds/api';
import { currentLanguage } from '../i18n';
import { ProposalMarkerDialog } from './ProposalMarkerDialog';
import { StatusFreshness } from './ProposalMarkerFreshness';
import { StatusIcon } from './StatusIcon';
import { useTable } from './TableContext';
import './proposalMarker.css';

interface Props {
  measureId: string;
  /** The row's running number, which names the measure to a screen reader. */
  n: number;
}

/**
 * What the yearly cycle adds under a measure's status: when the status was
 * last updated (flagged when older than the current round or a year) and a
 * marker for each answer of a round waiting for an editor, which opens the
 * answer beside the current values with Accept and Reject. The dialog lives
 * here rather than in the marker, so that it stays open with its outcome
 * when the decided answer's marker goes.
 */
export function StatusFollowUp({ measureId, n }: Props) {
  const { store, doc } = useTable();
  const proposals = planProposalsOf(doc, store.getData().id);
  const pending = useSyncExternalStore(proposals.subscribe, () => proposals.forMeasure(measureId));
  const [open, setOpen] = useState<PlanProposal | null>(null);
  return (
    <>
      <StatusFreshness measureId={measureId} />
      {pending.length > 0 && (
        <div className="mt-proposals">
          {pending.map((proposal) => (
            <ProposalMarker key={proposal.id} proposal={proposal} n={n} onOpen={() => setOpen(proposal)} />
          ))}
        </div>
      )}
      {open && <ProposalMarkerDialog proposal={open} n={n} proposals={proposals} onClose={() => setOpen(null)} />}
    </>
  );
}

/** The button of one waiting answer: the proposed status's shape, and who proposed what and when in its name. */
function ProposalMarker({ proposal, n, onOpen }: { proposal: PlanProposal; n: number; onOpen: () => void }) {
  const { t } = useTable();
  const label = t('rounds.marker.label', {
    by: proposal.by.name || proposal.by.email,
    date: formatDay(proposal.at, currentLanguage()),
    status: t(`statusShort.${proposal.status}`),
    n,
  });
  return (
    <button type="button" className="mt-proposal" aria-label={label} title={label} aria-haspopup="dialog" onClick={onOpen}>
      <StatusIcon status={proposal.status} size={16} />
      {t('rounds.marker.short')}
    </button>
  );
}

import { useTranslation } from 'react-i18next';
import { DataTable, RowButton } from '../components/DataTable';
import type { useFeedback } from '../components/useFeedback';
import { StatusShape } from '../respond/StatusShape';
import { decideProposal, type Proposal } from './api';
import { formatDay } from '../i18n/dateTime';

interface Props {
  planId: string;
  roundId: string;
  proposals: Proposal[];
  titles: Map<string, string>;
  labelledBy: string;
  mayDecide: boolean;
  run: ReturnType<typeof useFeedback>['run'];
  announce: (message: string) => void;
  reload: () => Promise<void>;
}

/** The round's answers (who, when, what), newest first; editors accept them into the plan or reject them. */
export function ProposalTable({ planId, roundId, proposals, titles, labelledBy, mayDecide, run, announce, reload }: Props) {
  const { t, i18n } = useTranslation();
  const titleOf = (p: Proposal) => titles.get(p.measureId) ?? t('rounds.unknownMeasure');

  const decide = async (proposal: Proposal, decision: 'accept' | 'reject') => {
    if (await run(() => decideProposal(planId, roundId, proposal.id, decision))) {
      await reload();
      announce(t(decision === 'accept' ? 'rounds.accepted' : 'rounds.rejected', { measure: titleOf(proposal) }));
    }
  };

  return (
    <DataTable
      rows={proposals}
      rowKey={(p) => p.id}
      labelledBy={labelledBy}
      empty={t('rounds.noProposals')}
      nameColumn={{ header: t('rounds.measure'), cell: titleOf }}
      columns={[
        {
          header: t('rounds.answer'),
          cell: (p) => (
            <span className="round-answer">
              <span className="round-answer__status">
                <StatusShape status={p.status} /> {t(`statusShort.${p.status}`)}
              </span>
              {p.statusNote && <span className="round-answer__note">{p.statusNote}</span>}
            </span>
          ),
        },
        { header: t('rounds.by'), cell: (p) => (p.by.name ? `${p.by.name} (${p.by.email})` : p.by.email) },
        { header: t('rounds.at'), cell: (p) => formatDay(p.at, i18n.language) },
        { header: t('rounds.state'), cell: (p) => t(`rounds.proposalStates.${p.state}`) },
      ]}
      actions={
        mayDecide
          ? {
              header: t('rounds.actions'),
              cell: (p) =>
                p.state !== 'pending' ? null : (
                  <>
                    <RowButton label={t('rounds.acceptLabel', { measure: titleOf(p) })} onClick={() => void decide(p, 'accept')}>
                      {t('rounds.accept')}
                    </RowButton>
                    <RowButton label={t('rounds.rejectLabel', { measure: titleOf(p) })} onClick={() => void decide(p, 'reject')}>
                      {t('rounds.reject')}
                    </RowButton>
                  </>
                ),
            }
          : undefined
      }
    />
  );
}

import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { planHref } from '../routing/route';
import { getRound, listProposals, measureTitles, remindRequest, revokeRequest, roundCsvHref, roundsAccess, type Round } from './api';
import { formatDay } from '../i18n/dateTime';
import { ProposalTable } from './ProposalTable';
import { ReachNotice } from './ReachNotice';
import { RequestTable, type RoundRequest } from './RequestTable';
import './rounds.css';

interface Props {
  plan: OpenPlan;
  roundId: string;
  onSessionLost: () => void;
}

/** One round: progress per party (answered, pending, overdue) with reminders and revoking, the answers, the CSV. */
export function RoundView({ plan, roundId, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchAll = useCallback(async () => {
    const [round, proposals, titles, access] = await Promise.all([getRound(plan.id, roundId), listProposals(plan.id, roundId), measureTitles(plan.id), roundsAccess(plan.id)]);
    return { round, proposals, titles, access };
  }, [plan.id, roundId]);
  const { load, reload } = useLoad(fetchAll, onSessionLost);

  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <div>
        <PageTitle>{load.status === 404 ? t('rounds.notFound') : t('rounds.loadFailed')}</PageTitle>
        <p>
          <Link href={planHref(plan.id, { kind: 'rounds' })}>{t('rounds.back')}</Link>
        </p>
      </div>
    );
  }
  return <RoundDetail plan={plan} {...load.data} reload={reload} onSessionLost={onSessionLost} />;
}

type Loaded = Awaited<ReturnType<typeof getRound>>;

interface DetailProps {
  plan: OpenPlan;
  round: Loaded;
  proposals: Awaited<ReturnType<typeof listProposals>>;
  titles: Map<string, string>;
  access: Awaited<ReturnType<typeof roundsAccess>>;
  reload: () => Promise<void>;
  onSessionLost: () => void;
}

function RoundDetail({ plan, round, proposals, titles, access, reload, onSessionLost }: DetailProps) {
  const { t, i18n } = useTranslation();
  const { feedback, run, announce } = useFeedback(onSessionLost);
  const [revoking, setRevoking] = useState<RoundRequest | null>(null);
  const partiesId = useId();
  const answersId = useId();
  const noContactId = useId();
  const partyName = (request: { party: Round['requests'][number]['party'] }) => request.party?.name ?? t('rounds.noParty');
  const live = round.requests.filter((r) => !r.revokedAt).length;

  const remind = async (request: RoundRequest) => {
    if (await run(() => remindRequest(plan.id, round.id, request.id))) {
      await reload();
      announce(t('rounds.reminded', { party: partyName(request) }));
    }
  };

  return (
    <div className="rounds">
      <PageTitle>{round.title}</PageTitle>
      <p className="page-meta">
        <Link href={planHref(plan.id, { kind: 'rounds' })}>{t('rounds.back')}</Link>
        <span>{t('rounds.deadline', { date: formatDay(round.deadlineAt, i18n.language) })}</span>
        <span>{t('rounds.progress', { answered: round.progress.answered, total: live })}</span>
        <a className="button button--small" href={roundCsvHref(plan.id, round.id)} download>
          {t('rounds.export')}
        </a>
      </p>
      <FeedbackRegion feedback={feedback} />
      <ReachNotice planId={plan.id} onSessionLost={onSessionLost} />

      <section aria-labelledby={partiesId} className="page-section">
        <h2 id={partiesId}>{t('rounds.partiesHeading')}</h2>
        <RequestTable
          requests={round.requests}
          labelledBy={partiesId}
          partyName={partyName}
          onRemind={access.mayRunRounds ? remind : undefined}
          onRevoke={access.mayRunRounds ? setRevoking : undefined}
        />
      </section>

      {round.noContact.length > 0 && (
        <section aria-labelledby={noContactId} className="page-section">
          <h2 id={noContactId}>{t('rounds.noContactHeading')}</h2>
          <p>{t('rounds.noContactIntro')}</p>
          <ul>
            {round.noContact.map((entry) => (
              <li key={entry.party?.id ?? ''}>
                {t('rounds.noContactItem', { party: entry.party?.name ?? t('rounds.noParty'), count: entry.measureIds.length, to: entry.fallbackTo.join(', ') || '–' })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby={answersId} className="page-section">
        <h2 id={answersId}>{t('rounds.proposalsHeading')}</h2>
        {!access.mayDecide && <p className="notice">{t('rounds.mayNotDecide')}</p>}
        <p className="field-hint">{t('rounds.tableNote')}</p>
        <ProposalTable planId={plan.id} roundId={round.id} proposals={proposals} titles={titles} labelledBy={answersId} mayDecide={access.mayDecide} run={run} announce={announce} reload={reload} />
      </section>

      {revoking && (
        <ConfirmDialog
          title={t('rounds.revokeTitle')}
          confirmLabel={t('rounds.revoke')}
          onConfirm={async () => {
            await revokeRequest(plan.id, round.id, revoking.id);
            await reload();
          }}
          onDone={() => {
            announce(t('rounds.revoked', { party: partyName(revoking) }));
            setRevoking(null);
          }}
          onClose={() => setRevoking(null)}
          onSessionLost={onSessionLost}
        >
          <p>{t('rounds.revokeQuestion', { party: partyName(revoking) })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

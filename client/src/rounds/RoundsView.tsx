import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField, InputField } from '../components/FormField';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { navigate } from '../routing/navigation';
import { planHref } from '../routing/route';
import { createRound, listRounds, roundsAccess, type Round } from './api';
import { formatDay } from '../i18n/dateTime';
import { ReachNotice } from './ReachNotice';
import '../components/forms.css';
import './rounds.css';

interface Props {
  plan: OpenPlan;
  onSessionLost: () => void;
}

/** The plan's status rounds with their progress, and for the chair, secretary and coordinator a new round. */
export function RoundsView({ plan, onSessionLost }: Props) {
  const { t, i18n } = useTranslation();
  const fetchRounds = useCallback(async () => ({ rounds: await listRounds(plan.id), access: await roundsAccess(plan.id) }), [plan.id]);
  const { load } = useLoad(fetchRounds, onSessionLost);
  const headingId = useId();

  return (
    <div className="rounds">
      <PageTitle>{t('rounds.pageTitle', { title: plan.title })}</PageTitle>
      <p>{t('rounds.intro')}</p>
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="form-error">{t('rounds.loadFailed')}</p>}
      {load.kind === 'loaded' && (
        <>
          {load.data.access.mayRunRounds ? <NewRoundForm planId={plan.id} onSessionLost={onSessionLost} /> : <p className="notice">{t('rounds.mayNotCreate')}</p>}
          <section aria-labelledby={headingId} className="page-section">
            <h2 id={headingId}>{t('rounds.listHeading')}</h2>
            {load.data.rounds.length === 0 ? (
              <p>{t('rounds.none')}</p>
            ) : (
              <ul className="rounds__list">
                {load.data.rounds.map((round) => (
                  <RoundItem key={round.id} planId={plan.id} round={round} language={i18n.language} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function RoundItem({ planId, round, language }: { planId: string; round: Round; language: string }) {
  const { t } = useTranslation();
  const live = round.requests.filter((r) => !r.revokedAt).length;
  return (
    <li>
      <Link href={planHref(planId, { kind: 'round', roundId: round.id })}>{round.title}</Link>
      <span className="rounds__meta">
        {t('rounds.deadline', { date: formatDay(round.deadlineAt, language) })} · {t('rounds.progress', { answered: round.progress.answered, total: live })}
        {round.progress.overdue > 0 && ` · ${t('rounds.states.overdue')}: ${round.progress.overdue}`}
      </span>
    </li>
  );
}

function NewRoundForm({ planId, onSessionLost }: { planId: string; onSessionLost: () => void }) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState('');
  const [applyDirectly, setApplyDirectly] = useState(false);
  const headingId = useId();

  const submit = async () => {
    const created = await run(() => createRound(planId, { title: title.trim(), deadline, applyDirectly }));
    if (created) navigate(planHref(planId, { kind: 'round', roundId: created.value.id }));
  };

  return (
    <section aria-labelledby={headingId} className="page-section">
      <h2 id={headingId}>{t('rounds.newHeading')}</h2>
      <ReachNotice planId={planId} onSessionLost={onSessionLost} />
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <InputField label={t('rounds.title')} hint={t('rounds.titleHint')} value={title} onValue={setTitle} required maxLength={300} />
        <FormField label={t('rounds.deadlineLabel')} hint={t('rounds.deadlineHint')}>
          {(control) => <input type="date" {...control} required value={deadline} onChange={(event) => setDeadline(event.target.value)} />}
        </FormField>
        <label className="check">
          <input type="checkbox" checked={applyDirectly} onChange={(event) => setApplyDirectly(event.target.checked)} />
          {t('rounds.applyDirectly')}
        </label>
        <FeedbackRegion feedback={feedback} />
        <div>
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {busy ? t('rounds.creating') : t('rounds.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

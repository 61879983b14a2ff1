import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_NOTE_MAX, type ResponseInput } from '../../../shared/api/rounds';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { currentLanguage } from '../i18n';
import { loadResponse, sendResponse, type ResponseReceipt, type ResponseSource, type ResponseView } from './api';
import { figureValues, initialFigures } from './figures';
import { MeasureAnswer, type Answer } from './MeasureAnswer';
import './respond.css';

interface Props {
  source: ResponseSource;
  /** For a signed-in respondent: a 401 means signing in again. */
  onSessionLost?: () => void;
}

const LANGUAGE_CHOSEN_KEY = 'hyte.language';

/** A respondent who never chose a language here reads the form in the one their mail was written in. */
function useRecipientLanguage(view: ResponseView | null): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!view) return;
    let chosen: string | null = null;
    try {
      chosen = localStorage.getItem(LANGUAGE_CHOSEN_KEY);
    } catch {
      // Storage blocked: follow the mail's language.
    }
    if (!chosen && view.language !== currentLanguage()) void i18n.changeLanguage(view.language);
  }, [view, i18n]);
}

/**
 * The one screen a respondent needs: their party's measures, each with the
 * traffic light as worded radio buttons and a status note, one send button,
 * and a confirmation. No account; the link is the permission.
 */
export function RespondPage({ source, onSessionLost }: Props) {
  const { t } = useTranslation();
  // The source's parts, not the object, keep the loader stable across renders.
  const { kind } = source;
  const id = source.kind === 'token' ? source.token : source.requestId;
  const fetchView = useCallback(() => loadResponse(kind === 'token' ? { kind, token: id } : { kind, requestId: id }), [kind, id]);
  const { load, reload } = useLoad(fetchView, onSessionLost);
  useRecipientLanguage(load.kind === 'loaded' ? load.data : null);

  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  if (load.kind === 'failed') {
    const key = load.status === 404 ? 'notFound' : load.status === 410 ? 'expired' : 'loadFailed';
    return (
      <div className="respond">
        <PageTitle>{t(`respond.${key}Title`)}</PageTitle>
        <p>{load.status === 429 ? t('respond.rateLimited') : t(`respond.${key}`)}</p>
      </div>
    );
  }
  return <RespondForm key={load.data.answeredAt ?? 'new'} source={source} view={load.data} onSent={reload} onSessionLost={onSessionLost} />;
}

interface FormProps {
  source: ResponseSource;
  view: ResponseView;
  onSent: () => Promise<void>;
  onSessionLost?: () => void;
}

function RespondForm({ source, view, onSent, onSessionLost }: FormProps) {
  const { t, i18n } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback(onSessionLost);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(view.measures.map((m) => [m.id, { status: m.status, statusNote: m.statusNote, figures: initialFigures(m.indicators) }])),
  );
  const [receipt, setReceipt] = useState<ResponseReceipt | null>(null);
  const thanks = useRef<HTMLHeadingElement>(null);
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : `${i18n.language}-FI`, { dateStyle: 'long' }).format(new Date(iso));

  useEffect(() => {
    if (receipt) thanks.current?.focus();
  }, [receipt]);

  const submit = async () => {
    if (Object.values(answers).some((a) => a.statusNote.length > STATUS_NOTE_MAX)) {
      fail(t('respond.noteTooLong'));
      return;
    }
    const input: ResponseInput['answers'] = [];
    for (const m of view.measures) {
      const { figures, ...answer } = answers[m.id]!;
      const indicatorValues = figureValues(m.indicators, figures);
      if (indicatorValues === null) {
        fail(t('respond.figureInvalid', { title: m.title }));
        return;
      }
      input.push({ measureId: m.id, ...answer, indicatorValues });
    }
    const sent = await run(
      () => sendResponse(source, { answers: input }),
      { specific: { rateLimited: t('respond.rateLimited'), failed: t('respond.failed'), network: t('respond.failed') } },
    );
    if (sent) setReceipt(sent.value);
  };

  const who = view.respondent.name ? `${view.respondent.name} (${view.respondent.email})` : view.respondent.email;
  return (
    <div className="respond">
      <PageTitle>{t('respond.title', { round: view.round.title })}</PageTitle>
      {receipt ? (
        <section className="respond__thanks" aria-labelledby="respond-thanks">
          <h2 id="respond-thanks" ref={thanks} tabIndex={-1}>
            {t('respond.thanksTitle')}
          </h2>
          <p>{receipt.outcome === 'applied' ? t('respond.thanksApplied') : t('respond.thanksProposals')}</p>
          <p>{t('respond.thanksChange', { date: day(view.linksExpireAt) })}</p>
          <button type="button" className="button" onClick={() => void onSent()}>
            {t('respond.edit')}
          </button>
        </section>
      ) : (
        <>
          <p className="respond__intro">
            {view.party ? t('respond.intro', { party: view.party.name, plan: view.plan.title }) : t('respond.introNoParty', { plan: view.plan.title })}
          </p>
          <p className="respond__deadline">
            <strong>{t('respond.deadline', { date: day(view.round.deadlineAt) })}</strong>
          </p>
          <p className="respond__who">{t('respond.respondent', { who })}</p>
          {view.answeredAt && <p className="notice">{t('respond.answeredBefore', { date: day(view.answeredAt) })}</p>}
          <form
            className="respond__form"
            aria-label={t('respond.measuresLabel')}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <ol className="respond__measures">
              {view.measures.map((measure, index) => (
                <li key={measure.id}>
                  <MeasureAnswer
                    measure={measure}
                    position={t('respond.measure', { n: index + 1, count: view.measures.length })}
                    answer={answers[measure.id]!}
                    onChange={(answer) => setAnswers((current) => ({ ...current, [measure.id]: answer }))}
                  />
                </li>
              ))}
            </ol>
            <FeedbackRegion feedback={feedback} />
            <button type="submit" className="button button--primary respond__submit" aria-disabled={busy || undefined}>
              {busy ? t('respond.sending') : t('respond.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

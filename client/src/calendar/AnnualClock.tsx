import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../shared/api/plans';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RowButton } from '../components/DataTable';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { planHref } from '../routing/route';
import { getClock, removeEvent, type ClockEvent, type ClockOccurrence } from './api';
import { CalendarSubscription } from './CalendarSubscription';
import { ClockEventDialog } from './ClockEventDialog';
import { YearGrid } from './YearGrid';
import './calendar.css';

interface Props {
  groupId: string;
  plans: PlanSummary[];
  onSessionLost: () => void;
}

type Dialog = { kind: 'add' } | { kind: 'edit'; event: ClockEvent } | { kind: 'remove'; event: ClockEvent };

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * The group's annual clock: twelve months at a glance (a picture for the
 * eye) with the same days as a list beside it, which is what screen readers
 * and keyboards use and where the chair, secretary and coordinator edit.
 */
export function AnnualClock({ groupId, plans, onSessionLost }: Props) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const fetchClock = useCallback(() => getClock(groupId, year), [groupId, year]);
  const { load, reload } = useLoad(fetchClock, onSessionLost);
  const { feedback, announce } = useFeedback(onSessionLost);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const headingId = useId();
  const listHeadingId = useId();
  const locale = LOCALES[i18n.language] ?? 'fi-FI';
  const day = (date: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const titleOf = (o: ClockOccurrence) => (o.round ? t('annualClock.deadlineOf', { title: o.title }) : o.title);

  const clock = load.kind === 'loaded' ? load.data : null;
  const eventOf = (o: ClockOccurrence) => clock?.events.find((e) => e.id === o.eventId);

  return (
    <section aria-labelledby={headingId} className="page-section annual-clock">
      <div className="section-head">
        <h2 id={headingId} className="section-head__title">
          {t('annualClock.heading', { year })}
        </h2>
        <div className="annual-clock__years">
          <button type="button" className="button button--small" onClick={() => setYear(year - 1)}>
            {t('annualClock.previousYear')}
          </button>
          <button type="button" className="button button--small" onClick={() => setYear(year + 1)}>
            {t('annualClock.nextYear')}
          </button>
          {clock?.canEdit && (
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'add' })}>
              {t('annualClock.add')}
            </button>
          )}
        </div>
      </div>
      <p>{t('annualClock.intro')}</p>
      <FeedbackRegion feedback={feedback} />
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="form-error">{t('annualClock.loadFailed')}</p>}
      {clock && (
        <div className="annual-clock__layout">
          <YearGrid year={year} occurrences={clock.occurrences} locale={locale} titleOf={titleOf} />
          <div className="annual-clock__list">
            <h3 id={listHeadingId}>{t('annualClock.listHeading', { year })}</h3>
            {clock.occurrences.length === 0 ? (
              <p>{t('annualClock.none')}</p>
            ) : (
              <ol aria-labelledby={listHeadingId} className="annual-clock__days">
                {clock.occurrences.map((o, index) => {
                  const event = eventOf(o);
                  return (
                    <li key={`${o.eventId ?? o.round?.roundId}-${index}`} className={`clock-day clock-day--${o.kind}`}>
                      <span className="clock-day__date">{day(o.date)}</span>
                      <span className="clock-day__title">
                        {o.round ? <Link href={planHref(o.round.planId, { kind: 'round', roundId: o.round.roundId })}>{titleOf(o)}</Link> : titleOf(o)}
                      </span>
                      <span className="clock-day__meta">
                        {t(`annualClock.kinds.${o.kind}`)}
                        {o.owner && ` · ${t('annualClock.owner', { owner: o.owner })}`}
                      </span>
                      {clock.canEdit && event && (
                        <span className="row-actions">
                          <RowButton label={t('annualClock.editLabel', { title: o.title })} onClick={() => setDialog({ kind: 'edit', event })}>
                            {t('annualClock.edit')}
                          </RowButton>
                          <RowButton label={t('annualClock.removeLabel', { title: o.title })} onClick={() => setDialog({ kind: 'remove', event })}>
                            {t('annualClock.remove')}
                          </RowButton>
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        </div>
      )}
      <CalendarSubscription groupId={groupId} onSessionLost={onSessionLost} />

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ClockEventDialog
          groupId={groupId}
          plans={plans}
          event={dialog.kind === 'edit' ? dialog.event : null}
          onSaved={async (title) => {
            await reload();
            setDialog(null);
            announce(t('annualClock.saved', { title }));
          }}
          onClose={() => setDialog(null)}
          onSessionLost={onSessionLost}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={t('annualClock.removeTitle')}
          confirmLabel={t('annualClock.remove')}
          onConfirm={async () => {
            await removeEvent(groupId, dialog.event.id);
            await reload();
          }}
          onDone={() => {
            setDialog(null);
            announce(t('annualClock.removed', { title: dialog.event.title }));
          }}
          onClose={() => setDialog(null)}
          onSessionLost={onSessionLost}
        >
          <p>{t('annualClock.removeQuestion', { title: dialog.event.title })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

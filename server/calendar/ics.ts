import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import type { ClockEvent } from '../../shared/api/calendar';
import type { Language } from '../../shared/languages';
import type { RoundDeadline } from './occurrences';

const DEADLINE: Record<Language, string> = { fi: 'Tilannekyselyn määräaika', sv: 'Lägesenkätens tidsfrist', en: 'Status round deadline' };
const OWNER: Record<Language, string> = { fi: 'Vastuussa', sv: 'Ansvarig', en: 'Owner' };

const dayOf = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
};

export interface FeedInput {
  groupName: string;
  events: ClockEvent[];
  rounds: RoundDeadline[];
  language: Language;
  /** The group's page, linked from each event. */
  url: string;
}

/**
 * The annual clock as iCalendar for Outlook, Google Calendar and the rest:
 * an event's day is an all-day date (no time zone to get wrong), repeated
 * with RRULE; a round's deadline is an all-day date when it was given as a
 * day, else a moment in UTC. UIDs are stable, so a subscribed calendar
 * updates its events instead of adding copies.
 */
export function annualClockIcs({ groupName, events, rounds, language, url }: FeedInput): string {
  const calendar = ical({ name: groupName, prodId: { company: 'Hyte-tyotila', product: 'vuosikello', language: language.toUpperCase() }, url });
  for (const event of events) {
    calendar.createEvent({
      id: `clock-${event.id}@hyte-tyotila`,
      start: dayOf(event.date),
      allDay: true,
      summary: event.title,
      description: [event.owner ? `${OWNER[language]}: ${event.owner}` : '', event.description].filter(Boolean).join('\n\n') || null,
      categories: [{ name: event.kind }],
      repeating:
        event.recurrence === 'none' ? null : { freq: ICalEventRepeatingFreq.YEARLY, interval: event.recurrence === 'four-yearly' ? 4 : 1 },
      stamp: new Date(event.updatedAt),
      url,
    });
  }
  for (const round of rounds) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(round.deadline);
    calendar.createEvent({
      id: `round-${round.roundId}@hyte-tyotila`,
      start: dateOnly ? dayOf(round.deadline) : new Date(round.deadlineAt),
      ...(dateOnly ? { allDay: true } : { end: new Date(round.deadlineAt) }),
      summary: `${DEADLINE[language]}: ${round.title}`,
      categories: [{ name: 'status-round' }],
      stamp: new Date(round.deadlineAt),
      url,
    });
  }
  return calendar.toString();
}

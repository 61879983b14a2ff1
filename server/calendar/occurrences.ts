import type { ClockEvent, ClockOccurrence } from '../../shared/api/calendar';

/** A round's deadline as the annual clock shows it. */
export interface RoundDeadline {
  planId: string;
  roundId: string;
  title: string;
  /** As the round was given it: a day or a time. */
  deadline: string;
  deadlineAt: string;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The day an event falls on in `year`, or null. As RRULE:FREQ=YEARLY reads
 * it (RFC 5545), a 29 February event has no day in other years.
 */
export function occurrenceIn(event: Pick<ClockEvent, 'date' | 'recurrence'>, year: number): string | null {
  const first = Number(event.date.slice(0, 4));
  const monthDay = event.date.slice(5);
  if (year < first) return null;
  if (event.recurrence === 'none' && year !== first) return null;
  if (event.recurrence === 'four-yearly' && (year - first) % 4 !== 0) return null;
  if (monthDay === '02-29' && !isLeapYear(year)) return null;
  return `${year}-${monthDay}`;
}

/** A deadline's day in Finland ("2026-03-31"), whether it was given as a day or a time. */
export function deadlineDay(round: Pick<RoundDeadline, 'deadline' | 'deadlineAt'>): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(round.deadline)) return round.deadline;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(round.deadlineAt));
}

/** The year's days of the events and the deadlines of the rounds, in date order. */
export function occurrencesOfYear(year: number, events: ClockEvent[], rounds: RoundDeadline[]): ClockOccurrence[] {
  const days: ClockOccurrence[] = [];
  for (const event of events) {
    const date = occurrenceIn(event, year);
    if (date) days.push({ date, kind: event.kind, title: event.title, owner: event.owner, planIds: event.planIds, eventId: event.id, round: null });
  }
  for (const round of rounds) {
    const date = deadlineDay(round);
    if (date.startsWith(`${year}-`)) {
      days.push({ date, kind: 'status-round', title: round.title, owner: '', planIds: [round.planId], eventId: null, round: { planId: round.planId, roundId: round.roundId } });
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'fi'));
}

/** The annual clock (vuosikello) of a steering group: `/api/groups/:id/clock`, its iCalendar feed and subscription links. */
import { z } from 'zod';

export const CLOCK_EVENT_KINDS = ['status-round', 'annual-report', 'county-negotiation', 'broad-report', 'other'] as const;
export type ClockEventKind = (typeof CLOCK_EVENT_KINDS)[number];

/** `none`: once; `yearly`: every year on that day; `four-yearly`: once per council term (the broad report). */
export const RECURRENCES = ['none', 'yearly', 'four-yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

const fields = {
  kind: z.enum(CLOCK_EVENT_KINDS, { error: `kind must be one of ${CLOCK_EVENT_KINDS.join(', ')}` }),
  title: z.string().trim().min(1, 'title must not be empty').max(300),
  /** The (first) day: `2026-04-15`. */
  date: z.iso.date({ error: 'date must be a day, YYYY-MM-DD' }),
  recurrence: z.enum(RECURRENCES),
  /** Who sees to it: a person or a unit, as free text. */
  owner: z.string().trim().max(300),
  /** The group's plans it concerns. */
  planIds: z.array(z.string().min(1).max(100)).max(100),
  description: z.string().trim().max(2000),
};

/** `POST /api/groups/:id/clock`. */
export const newClockEventSchema = z.object({
  ...fields,
  recurrence: fields.recurrence.default('yearly'),
  owner: fields.owner.default(''),
  planIds: fields.planIds.default([]),
  description: fields.description.default(''),
});
export type NewClockEvent = z.infer<typeof newClockEventSchema>;

/** `PATCH /api/groups/:id/clock/:eventId`: only the fields given change. */
export const clockEventPatchSchema = z
  .object({
    kind: fields.kind.optional(),
    title: fields.title.optional(),
    date: fields.date.optional(),
    recurrence: fields.recurrence.optional(),
    owner: fields.owner.optional(),
    planIds: fields.planIds.optional(),
    description: fields.description.optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

export interface ClockEvent extends NewClockEvent {
  id: string;
  groupId: string;
  createdAt: string;
  updatedAt: string;
}

/** One day of the year view: an event's occurrence or a round's deadline. */
export interface ClockOccurrence {
  date: string;
  kind: ClockEventKind;
  title: string;
  owner: string;
  planIds: string[];
  /** The event it is a day of; null for a round's deadline. */
  eventId: string | null;
  /** For a round's deadline: the plan and the round. */
  round: { planId: string; roundId: string } | null;
}

/** `GET /api/groups/:id/clock?year=2026`. */
export interface AnnualClock {
  year: number;
  events: ClockEvent[];
  /** The year's days, in date order. */
  occurrences: ClockOccurrence[];
  /** Whether this user may add, change and remove events. */
  canEdit: boolean;
}

/** A private subscription link of the group's calendar (`GET /api/groups/:id/calendar-links`: the user's own). */
export interface CalendarLink {
  id: string;
  createdAt: string;
  /** Only in the answer to `POST`: the address calendar programs subscribe to; it is not shown again. */
  url?: string;
}

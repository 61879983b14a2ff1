import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AnnualClock, CalendarLink, ClockEvent, NewClockEvent, clockEventPatchSchema } from '../../shared/api/calendar';
import type { Language } from '../../shared/languages';
import { HttpError, notFound } from '../http/errors';
import type { Clock } from '../scheduler/clock';
import type { Group, PlanRepository } from '../storage/appStore';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';
import { hashLinkToken, isLinkTokenShape, newLinkToken } from '../rounds/tokens';
import { annualClockIcs } from './ics';
import { occurrencesOfYear, type RoundDeadline } from './occurrences';

/** A subscription link as stored (collection `calendarLinks`): the token's hash, whose it is and which group's. */
interface CalendarLinkRecord {
  id: string;
  tokenHash: string;
  groupId: string;
  userId: string;
  createdAt: string;
}

export type ClockEventPatch = z.infer<typeof clockEventPatchSchema>;

/** The annual clock of each steering group, its iCalendar feed, and the private links calendar programs subscribe with. */
export class ClockService {
  private readonly events: RecordCollection<ClockEvent>;
  private readonly links: RecordCollection<CalendarLinkRecord>;

  constructor(
    cycle: CycleStore,
    private readonly plans: PlanRepository,
    /** The rounds of these plans, whose deadlines the clock shows. */
    private readonly roundDeadlines: (planIds: string[]) => Promise<RoundDeadline[]>,
    private readonly publicUrl: string,
    private readonly now: Clock,
  ) {
    this.events = cycle.collection<ClockEvent>('clockEvents');
    this.links = cycle.collection<CalendarLinkRecord>('calendarLinks');
  }

  private async groupPlanIds(groupId: string): Promise<string[]> {
    return (await this.plans.list()).filter((p) => p.groupId === groupId).map((p) => p.id);
  }

  /** A clock event may only name the group's own plans. */
  private async checkPlans(groupId: string, planIds: string[] | undefined): Promise<void> {
    if (!planIds?.length) return;
    const own = new Set(await this.groupPlanIds(groupId));
    const strangers = planIds.filter((id) => !own.has(id));
    if (strangers.length > 0) throw new HttpError(400, `Invalid body: planIds: not plans of this group: ${strangers.slice(0, 5).join(', ')}`);
  }

  async year(groupId: string, year: number, canEdit: boolean): Promise<AnnualClock> {
    const events = (await this.events.find({ groupId })).sort((a, b) => a.date.slice(5).localeCompare(b.date.slice(5)));
    const rounds = await this.roundDeadlines(await this.groupPlanIds(groupId));
    return { year, events, occurrences: occurrencesOfYear(year, events, rounds), canEdit };
  }

  async add(groupId: string, input: NewClockEvent): Promise<ClockEvent> {
    await this.checkPlans(groupId, input.planIds);
    const at = this.now().toISOString();
    const event: ClockEvent = { id: randomUUID(), groupId, ...input, createdAt: at, updatedAt: at };
    await this.events.put(event);
    return event;
  }

  async change(groupId: string, eventId: string, patch: ClockEventPatch): Promise<ClockEvent> {
    await this.checkPlans(groupId, patch.planIds);
    const current = await this.events.get(eventId);
    if (!current || current.groupId !== groupId) throw notFound('No such event');
    const updated = await this.events.update(eventId, (e) => ({ ...e, ...patch, updatedAt: this.now().toISOString() }));
    return updated!;
  }

  async remove(groupId: string, eventId: string): Promise<void> {
    const current = await this.events.get(eventId);
    if (!current || current.groupId !== groupId) throw notFound('No such event');
    await this.events.delete(eventId);
  }

  async ics(group: Group, language: Language): Promise<string> {
    const events = await this.events.find({ groupId: group.id });
    const rounds = await this.roundDeadlines(await this.groupPlanIds(group.id));
    return annualClockIcs({ groupName: group.name, events, rounds, language, url: `${this.publicUrl}/groups/${encodeURIComponent(group.id)}` });
  }

  /** A new private link for this user: its address is answered once, only its hash is kept. */
  async createLink(groupId: string, userId: string): Promise<CalendarLink> {
    const token = newLinkToken();
    const record: CalendarLinkRecord = { id: randomUUID(), tokenHash: hashLinkToken(token), groupId, userId, createdAt: this.now().toISOString() };
    await this.links.put(record);
    return { id: record.id, createdAt: record.createdAt, url: `${this.publicUrl}/api/calendar/${token}.ics` };
  }

  async linksOf(groupId: string, userId: string): Promise<CalendarLink[]> {
    return (await this.links.find({ groupId, userId })).map(({ id, createdAt }) => ({ id, createdAt }));
  }

  async revokeLink(groupId: string, userId: string, linkId: string): Promise<void> {
    const link = await this.links.get(linkId);
    if (!link || link.groupId !== groupId || link.userId !== userId) throw notFound('No such calendar link');
    await this.links.delete(linkId);
  }

  /** The link's group and user, or undefined for an unknown, forged or revoked token. */
  async resolveLink(token: string): Promise<{ groupId: string; userId: string } | undefined> {
    if (!isLinkTokenShape(token)) return undefined;
    const [link] = await this.links.find({ tokenHash: hashLinkToken(token) });
    return link ? { groupId: link.groupId, userId: link.userId } : undefined;
  }
}

/**
 * The changes of the plan made in a meeting, as the minutes list them: one
 * line each, under the agenda item about the changed measure (or its goal,
 * or its focus area), in Finnish. They come from the audit trail's entries
 * that carry the meeting's id (server/meetings/meetingClaims.ts decides
 * which connections' edits those are).
 */
import { isStatus, statusWordsIn } from '../../../shared/plan';
import type { AgendaItem } from '../../../shared/meeting';

/** The table's entities whose changes the minutes list. */
export const CHANGED_ENTITIES = ['measure', 'goal', 'focusArea'] as const;
export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];
export const isChangedEntity = (value: string): value is ChangedEntity => (CHANGED_ENTITIES as readonly string[]).includes(value);

/** One audit entry of the meeting, as the minutes' facts keep it. */
export interface MeetingChange {
  at: string;
  /** The name of who made it. */
  by: string;
  entity: ChangedEntity;
  entityId: string;
  field: string;
  from: string | null;
  to: string | null;
}

/** The plan's structure and words of the day: titles, and where each measure and goal sits. */
export interface PlanOutline {
  measures: Record<string, { title: string; focusAreaId: string; goalId: string }>;
  goals: Record<string, { title: string; focusAreaId: string }>;
  focusAreas: Record<string, { title: string }>;
}

const FIELD_WORDS: Record<string, string> = {
  title: 'nimi',
  goalId: 'tavoite',
  focusAreaId: 'painopiste',
  responsible: 'vastuutaho',
  targetGroup: 'kohderyhmä',
  indicator: 'mittari',
  schedule: 'aikataulu',
  status: 'tila',
  statusNote: 'tilan kuvaus',
};

/** The table's short words (Valmis, Aloitettu): a line per change reads as the table does. */
const STATUS_WORDS = statusWordsIn('fi', 'short');
/** A long text is cut: the minutes say what changed, the plan holds the whole text. */
const MAX_VALUE_LENGTH = 200;

function clipped(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function valueWords(field: string, value: string | null, outline: PlanOutline): string {
  if (value === null || value === '') return '–';
  if (field === 'status') return isStatus(value) ? STATUS_WORDS[value] : value;
  if (field === 'goalId') return `”${clipped(outline.goals[value]?.title ?? value)}”`;
  if (field === 'focusAreaId') return `”${clipped(outline.focusAreas[value]?.title ?? value)}”`;
  return `”${clipped(value)}”`;
}

function subjectOf(change: MeetingChange, outline: PlanOutline): string {
  const known =
    change.entity === 'measure' ? outline.measures[change.entityId]?.title : change.entity === 'goal' ? outline.goals[change.entityId]?.title : outline.focusAreas[change.entityId]?.title;
  // A deleted entity is no longer in the plan: its entry keeps its title.
  return clipped(known || (change.field === 'deleted' ? change.from : change.field === 'created' ? change.to : null) || change.entityId);
}

/**
 * `Liikuntaneuvonta – tila: ennen Ei arvioitu, nyt Valmis (Maija Meikäläinen)`: in words rather
 * than with an arrow, which the PDF's font (Roboto) has no glyph for.
 */
export function changeLine(change: MeetingChange, outline: PlanOutline): string {
  const subject = subjectOf(change, outline);
  const by = change.by ? ` (${change.by})` : '';
  if (change.field === 'created') return `${subject}: lisätty${by}`;
  if (change.field === 'deleted') return `${subject}: poistettu${by}`;
  const field = FIELD_WORDS[change.field] ?? change.field;
  return `${subject} – ${field}: ennen ${valueWords(change.field, change.from, outline)}, nyt ${valueWords(change.field, change.to, outline)}${by}`;
}

/** The agenda item a change belongs under: the item about the entity itself, else about what contains it; undefined for none. */
export function itemOfChange(change: MeetingChange, agenda: AgendaItem[], outline: PlanOutline): string | undefined {
  const measure = change.entity === 'measure' ? outline.measures[change.entityId] : undefined;
  const goalId = change.entity === 'goal' ? change.entityId : measure?.goalId;
  const focusAreaId = change.entity === 'focusArea' ? change.entityId : (measure?.focusAreaId ?? (goalId ? outline.goals[goalId]?.focusAreaId : undefined));
  const targets = [change.entity === 'measure' ? change.entityId : undefined, goalId, focusAreaId];
  for (const target of targets) {
    const item = target ? agenda.find((i) => i.targetId === target) : undefined;
    if (item) return item.id;
  }
  return undefined;
}

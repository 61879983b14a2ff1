/**
 * What of a plan's version may leave for the public web: an explicit
 * allowlist. Every field is copied by name, so whatever a version's data
 * carries beside the `/data` shape (and whatever is added to it later) stays
 * out until it is named here, and contact persons keep only their names.
 */
import type { JSONContent } from '@tiptap/core';
import { isStatus, isTargetGroupValue, type PlanData, type Status, type TargetGroupValue } from '../../shared/plan';
import { sanitizePlanText } from '../../shared/editor/sanitizePlanText';

export interface PublicRef {
  id: string;
  name: string;
}

export interface PublicMeasure {
  id: string;
  title: string;
  responsible: string;
  targetGroup: TargetGroupValue;
  indicator: string;
  schedule: string;
  status: Status;
  statusNote: string;
  /** The vocabularies' references, when the version has them (parties, target groups, projects). */
  responsibleParties?: PublicRef[];
  targetGroups?: Array<{ id: string; label: string }>;
  projects?: PublicRef[];
  indicatorIds?: string[];
}

export interface PublicParty {
  id: string;
  name: string;
  /** Names only: a contact person's e-mail address is personal data and never published. */
  contacts: Array<{ name: string }>;
}

export interface PublicProject {
  id: string;
  name: string;
  description: string;
  start: string;
  end: string;
  funding: string;
  url: string;
}

/** The `/data` shape of a published version, without anything personal. */
export interface PublicPlanData {
  id: string;
  title: string;
  focusAreas: Array<{ id: string; title: string; goals: Array<{ id: string; title: string; measures: PublicMeasure[] }> }>;
  parties?: PublicParty[];
  targetGroups?: Array<{ id: string; label: string }>;
  projects?: PublicProject[];
}

export interface PublicPlanView extends PublicPlanData {
  /** The plan text, repaired to the plan-text schema (nothing but text, marks and tables). */
  body?: JSONContent;
}

type Loose = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter((v): v is Loose => typeof v === 'object' && v !== null) : []);
const ref = (value: Loose): PublicRef => ({ id: text(value.id), name: text(value.name) });
const label = (value: Loose) => ({ id: text(value.id), label: text(value.label) });

/** Copies a list only when the version has one: versions from before the vocabularies have none. */
function optional<K extends string, T>(source: Loose, key: K, read: (items: Loose[]) => T): { [P in K]?: T } {
  return (Array.isArray(source[key]) ? { [key]: read(list(source[key])) } : {}) as { [P in K]?: T };
}

function publicMeasure(m: Loose): PublicMeasure {
  return {
    id: text(m.id),
    title: text(m.title),
    responsible: text(m.responsible),
    targetGroup: isTargetGroupValue(m.targetGroup) ? m.targetGroup : '',
    indicator: text(m.indicator),
    schedule: text(m.schedule),
    status: isStatus(m.status) ? m.status : 'unassessed',
    statusNote: text(m.statusNote),
    ...optional(m, 'responsibleParties', (items) => items.map(ref)),
    ...optional(m, 'targetGroups', (items) => items.map(label)),
    ...optional(m, 'projects', (items) => items.map(ref)),
    ...(Array.isArray(m.indicatorIds) ? { indicatorIds: m.indicatorIds.filter((id): id is string => typeof id === 'string') } : {}),
  };
}

/** The published data: the `/data` shape, field by field. */
export function publicPlanData(data: PlanData): PublicPlanData {
  const source = data as unknown as Loose;
  return {
    id: text(source.id),
    title: text(source.title),
    focusAreas: list(source.focusAreas).map((fa) => ({
      id: text(fa.id),
      title: text(fa.title),
      goals: list(fa.goals).map((goal) => ({ id: text(goal.id), title: text(goal.title), measures: list(goal.measures).map(publicMeasure) })),
    })),
    ...optional(source, 'parties', (items) =>
      items.map((party) => ({ ...ref(party), contacts: list(party.contacts).map((contact) => ({ name: text(contact.name) })) })),
    ),
    ...optional(source, 'targetGroups', (items) => items.map(label)),
    ...optional(source, 'projects', (items) =>
      items.map((p) => ({ ...ref(p), description: text(p.description), start: text(p.start), end: text(p.end), funding: text(p.funding), url: text(p.url) })),
    ),
  };
}

/** The public page's model: the published data and the plan text. */
export function publicPlanView(data: PlanData): PublicPlanView {
  const view: PublicPlanView = publicPlanData(data);
  if (data.body && typeof data.body === 'object') view.body = sanitizePlanText(data.body);
  return view;
}

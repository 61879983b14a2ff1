import type { JSONContent } from '@tiptap/core';
import type { Status } from './status';

/**
 * The structured data of a plan: the JSON of `GET /api/plans/:id/data` (and of
 * a version's data), in display order.
 */
export interface PlanData {
  id: string;
  title: string;
  focusAreas: FocusAreaData[];
  /** The plan text as Tiptap JSON; only when asked for (an extension of the contract). */
  body?: JSONContent;
  /**
   * The plan's vocabularies, in display order. Always there in what
   * `readPlanData` reads; optional because a version stored before them
   * (schema 1) lacks them until `upgradePlanData` reads it.
   */
  parties?: PartyData[];
  targetGroups?: TargetGroupData[];
  projects?: ProjectData[];
}

/** Vastuutaho: a unit, working group or outside partner responsible for measures. */
export interface PartyData {
  id: string;
  name: string;
  contacts: ContactData[];
}

/** A contact person of a party; `userId` when they are a user of the service. */
export interface ContactData {
  name: string;
  /** Always there in `/data` ('' when unknown); left out where the data is published. */
  email?: string;
  userId?: string;
}

/** Kohderyhmä: a population group. */
export interface TargetGroupData {
  id: string;
  label: string;
}

/** Hanke: a project that carries measures; the period as written ("2024", "syksy 2024"). */
export interface ProjectData {
  id: string;
  name: string;
  description: string;
  start: string;
  end: string;
  funding: string;
  url: string;
}

/** A measure's reference to an entry, with its name as it is now. */
export interface NamedRef {
  id: string;
  name: string;
}

/** Painopiste. */
export interface FocusAreaData {
  id: string;
  title: string;
  goals: GoalData[];
}

/** Tavoite. */
export interface GoalData {
  id: string;
  title: string;
  measures: MeasureData[];
}

/** Toimenpide. */
export interface MeasureData {
  id: string;
  title: string;
  /** Vastuutahot: the names of `responsibleParties` joined with ", ". */
  responsible: string;
  /** Kohderyhmät: the labels of `targetGroups` joined with ", ". */
  targetGroup: string;
  /** Mittari. */
  indicator: string;
  /** Aikataulu: free text ("2024", "2023–2025", "syksy 2024"). */
  schedule: string;
  status: Status;
  statusNote: string;
  /**
   * The measure's vocabularies (the lead party first). Always there in what
   * `readPlanData` and `readMeasure` read; optional for data of schema 1.
   */
  responsibleParties?: NamedRef[];
  targetGroups?: TargetGroupData[];
  projects?: NamedRef[];
  /** The plan's indicators (issue 14) that follow this measure. */
  indicatorIds?: string[];
}

/** Measure fields kept as Y.Text (edited character-wise, concurrently). */
export const MEASURE_TEXT_FIELDS = ['title', 'responsible', 'indicator', 'statusNote'] as const;
export type MeasureTextField = (typeof MEASURE_TEXT_FIELDS)[number];

/** Measure fields kept as plain strings (last writer wins). */
export const MEASURE_STRING_FIELDS = ['targetGroup', 'schedule', 'status'] as const;
export type MeasureStringField = (typeof MEASURE_STRING_FIELDS)[number];

export type MeasureField = MeasureTextField | MeasureStringField;

/**
 * The fields people type into, key by key: the Y.Text fields (a focus area's
 * and a goal's `title` too) and `schedule`, a string the table writes whole on
 * every keystroke. Their edits come in bursts, which the audit trail records
 * as one change and the table's undo as one step; the other string fields are
 * picked from a list, one change at a time.
 */
export const TYPED_FIELDS: readonly string[] = [...MEASURE_TEXT_FIELDS, 'schedule'] satisfies MeasureField[];

export function isTypedField(field: string): boolean {
  return TYPED_FIELDS.includes(field);
}

/** The editable text and string fields of a measure (`responsible` and `targetGroup` write its references). */
export type MeasureFields = Pick<MeasureData, MeasureField>;

export function isMeasureField(value: unknown): value is MeasureField {
  return (
    typeof value === 'string' &&
    ((MEASURE_TEXT_FIELDS as readonly string[]).includes(value) ||
      (MEASURE_STRING_FIELDS as readonly string[]).includes(value))
  );
}

export function isMeasureTextField(value: unknown): value is MeasureTextField {
  return typeof value === 'string' && (MEASURE_TEXT_FIELDS as readonly string[]).includes(value);
}

/** Plan properties kept in `meta`. */
export interface PlanMeta {
  title: string;
  /** ISO 8601 time of creation. */
  createdAt?: string;
  municipality?: string;
}

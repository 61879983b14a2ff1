import { comparePlans, type MeasureRef } from './compare';
import { buildStatusReport, emptyStatusCounts, type StatusCounts, type StatusReport } from './report';
import { upgradePlanData } from './planDataUpgrade';
import type { Status } from './status';
import type { MeasureData, NamedRef, PlanData } from './types';
import { splitPartyNames } from './vocabularyNames';
import { readVersionName, type VersionName } from '../versionLabel';

/** The version a report compares with: its id, date and name (with the kind of a name the server gave, to word it). */
export type ReportVersion = VersionName & { id: string; createdAt: string };

/** The counts of one entry of a vocabulary: `key` its id ('' for the measures without any), `name` its name or label. */
export interface GroupCounts<K extends string = string> {
  key: K;
  name: string;
  counts: StatusCounts;
}

/** The yearly well-being report (hyvinvointiraportti): status summaries by several cuts, and what changed. */
export interface YearlyReport extends StatusReport {
  /**
   * One row per party of the plan; a measure with several parties
   * ("sivistystoimi, kaupunkikehitys") counts for each. By name; the measures
   * without a party last (key '').
   */
  byResponsible: GroupCounts[];
  /** The same, counting each measure for its lead party (its first) only. */
  byLeadResponsible: GroupCounts[];
  /** One row per target group of the plan, in the plan's order; then the measures without one. */
  byTargetGroup: GroupCounts[];
  /** One row per project of the plan, in the plan's order; then the measures in none. */
  byProject: GroupCounts[];
  /** Present when compared with an earlier version. */
  changes?: {
    since: ReportVersion;
    statusChanged: Array<{ measure: MeasureRef; from: Status; to: Status }>;
    added: MeasureRef[];
    removed: MeasureRef[];
  };
}

/** The parties a `responsible` text names, as an import splits it (see `splitPartyNames`). */
export function responsibleParties(text: string): string[] {
  return splitPartyNames(text);
}

/** One row per entry (those no measure refers to count zero), then a row for the measures that refer to none. */
function tally(entries: readonly NamedRef[], measures: readonly MeasureData[], refsOf: (measure: MeasureData) => readonly NamedRef[]): GroupCounts[] {
  const rows = new Map<string, GroupCounts>(entries.map(({ id, name }) => [id, { key: id, name, counts: emptyStatusCounts() }]));
  const none: GroupCounts = { key: '', name: '', counts: emptyStatusCounts() };
  for (const measure of measures) {
    const refs = refsOf(measure);
    if (refs.length === 0) none.counts[measure.status]++;
    for (const ref of refs) {
      let row = rows.get(ref.id);
      if (!row) rows.set(ref.id, (row = { key: ref.id, name: ref.name, counts: emptyStatusCounts() }));
      row.counts[measure.status]++;
    }
  }
  const counted = Object.values(none.counts).some((n) => n > 0);
  return [...rows.values(), ...(counted ? [none] : [])];
}

const byName = (a: GroupCounts, b: GroupCounts) => (a.key === '' ? 1 : b.key === '' ? -1 : a.name.localeCompare(b.name, 'fi'));

export function buildYearlyReport(
  data: PlanData,
  since?: ReportVersion & { kind?: string; data: PlanData },
): YearlyReport {
  const plan = upgradePlanData(data);
  const measures = plan.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures));
  const parties = plan.parties ?? [];
  const report: YearlyReport = {
    ...buildStatusReport(plan),
    byResponsible: tally(parties, measures, (m) => m.responsibleParties ?? []).sort(byName),
    byLeadResponsible: tally(parties, measures, (m) => (m.responsibleParties ?? []).slice(0, 1)).sort(byName),
    byTargetGroup: tally(
      (plan.targetGroups ?? []).map(({ id, label }) => ({ id, name: label })),
      measures,
      (m) => (m.targetGroups ?? []).map(({ id, label }) => ({ id, name: label })),
    ),
    byProject: tally(plan.projects ?? [], measures, (m) => m.projects ?? []),
  };
  if (since) {
    const comparison = comparePlans(upgradePlanData(since.data), plan);
    report.changes = {
      since: { id: since.id, createdAt: since.createdAt, ...readVersionName(since) },
      statusChanged: comparison.statusChanged,
      added: comparison.added,
      removed: comparison.removed,
    };
  }
  return report;
}

import { comparePlans, type MeasureRef } from './compare';
import { buildStatusReport, emptyStatusCounts, type StatusCounts, type StatusReport } from './report';
import type { Status, TargetGroupValue } from './status';
import type { PlanData } from './types';
import { readVersionName, type VersionName } from '../versionLabel';

/** The version a report compares with: its id, date and name (with the kind of a name the server gave, to word it). */
export type ReportVersion = VersionName & { id: string; createdAt: string };

export interface GroupCounts<K extends string = string> {
  key: K;
  counts: StatusCounts;
}

/** The yearly well-being report (hyvinvointiraportti): status summaries by several cuts, and what changed. */
export interface YearlyReport extends StatusReport {
  /** Per responsible party; a measure with several parties ("sivistystoimi, kaupunkikehitys") counts for each. */
  byResponsible: GroupCounts[];
  byTargetGroup: GroupCounts<TargetGroupValue>[];
  /** Present when compared with an earlier version. */
  changes?: {
    since: ReportVersion;
    statusChanged: Array<{ measure: MeasureRef; from: Status; to: Status }>;
    added: MeasureRef[];
    removed: MeasureRef[];
  };
}

/** Splits "kaikki toimialat, kehittämisyksikkö ja viestintä" into its parties, keeping each as written. */
export function responsibleParties(text: string): string[] {
  const parties = text
    .split(/[,;\n]|\s+ja\s+/)
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter(Boolean);
  return parties.length > 0 ? parties : [''];
}

function tally<K extends string>(entries: Array<[K, Status]>): GroupCounts<K>[] {
  const groups = new Map<K, StatusCounts>();
  for (const [key, status] of entries) {
    const counts = groups.get(key) ?? emptyStatusCounts();
    counts[status]++;
    groups.set(key, counts);
  }
  return [...groups].map(([key, counts]) => ({ key, counts })).sort((a, b) => a.key.localeCompare(b.key, 'fi'));
}

export function buildYearlyReport(
  data: PlanData,
  since?: ReportVersion & { kind?: string; data: PlanData },
): YearlyReport {
  const measures = data.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures));
  const report: YearlyReport = {
    ...buildStatusReport(data),
    byResponsible: tally(measures.flatMap((m) => responsibleParties(m.responsible).map((p): [string, Status] => [p.toLowerCase(), m.status]))),
    byTargetGroup: tally(measures.map((m): [TargetGroupValue, Status] => [m.targetGroup, m.status])),
  };
  if (since) {
    const comparison = comparePlans(since.data, data);
    report.changes = {
      since: { id: since.id, createdAt: since.createdAt, ...readVersionName(since) },
      statusChanged: comparison.statusChanged,
      added: comparison.added,
      removed: comparison.removed,
    };
  }
  return report;
}

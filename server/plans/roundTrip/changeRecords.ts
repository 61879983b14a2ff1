/**
 * What each applied file changed, kept in the plan document itself (the
 * top-level Y.Map `tableFileChanges`, id → record) so that its undo works
 * from any server process and after a restart, and is written in the same
 * transaction as the change it records. Readers of the plan ignore the map
 * (the contract: readers ignore what they do not know). Only the latest
 * records are kept: undo is for the file just applied, not for archaeology.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { ROUND_TRIP_FIELDS } from '../../../shared/api/tableFileRoundTrip';

export const CHANGE_RECORDS_KEY = 'tableFileChanges';
const KEPT_RECORDS = 10;

const values = z.object(Object.fromEntries(ROUND_TRIP_FIELDS.map((field) => [field, z.string()])) as Record<(typeof ROUND_TRIP_FIELDS)[number], z.ZodString>);
const person = z.object({ id: z.string(), name: z.string() });

const changeRecordSchema = z.object({
  id: z.string(),
  appliedAt: z.string(),
  by: person,
  /** Each field written: the value before and the value as the plan read right after. */
  changes: z.array(z.object({ measureId: z.string(), title: z.string(), field: z.enum(ROUND_TRIP_FIELDS), from: z.string(), to: z.string() })),
  /** Each measure added, with its values as the plan read right after. */
  added: z.array(z.object({ measureId: z.string(), values })),
  undone: z.object({ at: z.string(), by: person }).nullable(),
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

const recordsOf = (doc: Y.Doc) => doc.getMap<unknown>(CHANGE_RECORDS_KEY);

/** A record, or undefined for an unknown id or one that is not a record (any editor's client could write the map). */
export function readChangeRecord(doc: Y.Doc, id: string): ChangeRecord | undefined {
  const parsed = changeRecordSchema.safeParse(recordsOf(doc).get(id));
  return parsed.success ? parsed.data : undefined;
}

/** Stores a record, dropping the oldest beyond the last few. Call inside the change's transaction. */
export function writeChangeRecord(doc: Y.Doc, record: ChangeRecord): void {
  const records = recordsOf(doc);
  records.set(record.id, record);
  const byAge = [...records.entries()]
    .map(([id, value]) => ({ id, at: changeRecordSchema.safeParse(value).data?.appliedAt ?? '' }))
    .sort((a, b) => b.at.localeCompare(a.at));
  for (const { id } of byAge.slice(KEPT_RECORDS)) records.delete(id);
}

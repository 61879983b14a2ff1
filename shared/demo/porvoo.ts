/**
 * The demo plan: Porvoo's well-being plan (seed 003), its text as Tiptap JSON
 * and its measure table (chapter 4.2) as structured data. Both files live in
 * the repository so the app reads nothing outside it at run time.
 *
 * - `porvoo-measures.json`: the transcribed measure table, unchanged from the
 *   shared sample (`samples/porvoo-toimenpidetaulukko.json`).
 * - `porvoo-body.json`: the plan text without the table of contents and
 *   without the measure table itself (4.2 points to the measure table), in the
 *   normalised form `readBodyJSON` returns.
 */
import type { JSONContent } from '@tiptap/core';
import type * as Y from 'yjs';
import { initPlanDoc, importMeasureTable, type AppendResult, type MeasureTableInput } from '../plan';
import body from './porvoo-body.json';
import measures from './porvoo-measures.json';

export interface DemoPlan {
  title: string;
  municipality: string;
  /** The measure table in the samples' shape. */
  measures: MeasureTableInput;
  /** The plan text as Tiptap JSON. */
  body: JSONContent;
}

export const PORVOO_DEMO: DemoPlan = {
  title: 'Porvoon kaupungin hyvinvointisuunnitelma',
  municipality: 'Porvoo',
  measures,
  body,
};

/**
 * Writes the Porvoo demo (title, municipality, plan text, measure table) into
 * an empty plan document in one transaction. Throws a `PlanDocError`
 * ('conflict') if the document is not empty.
 */
export function seedDemoPlan(doc: Y.Doc, origin?: unknown): AppendResult {
  let result: AppendResult | undefined;
  doc.transact(() => {
    initPlanDoc(
      doc,
      { title: PORVOO_DEMO.title, municipality: PORVOO_DEMO.municipality, body: PORVOO_DEMO.body },
      origin,
    );
    result = importMeasureTable(doc, PORVOO_DEMO.measures, origin);
  }, origin);
  if (!result) throw new Error('seeding the demo plan failed');
  return result;
}

import type { JSONContent } from '@tiptap/core';
import type * as Y from 'yjs';
import { newPlanTemplateBody, writeBodyJSON, checkBodyJSON } from './body';
import { isPlanDocEmpty, PlanDocError, setPlanMeta } from './doc';
import { upgradePlanDoc } from './upgrade';

export interface InitPlanInput {
  title: string;
  municipality?: string;
  /** ISO 8601; now by default. */
  createdAt?: string;
  /** The plan text; THL's template (`newPlanTemplateBody(title)`) by default. */
  body?: JSONContent;
}

/**
 * Fills an empty plan document: `meta` (title, createdAt, municipality,
 * schemaVersion), the plan text and the target groups every plan starts
 * with, in one transaction. Throws a `PlanDocError` ('conflict') if
 * the document is not empty.
 */
export function initPlanDoc(doc: Y.Doc, input: InitPlanInput, origin?: unknown): void {
  if (!isPlanDocEmpty(doc)) throw new PlanDocError('conflict', 'the plan document is not empty');
  const body = input.body ?? newPlanTemplateBody(input.title);
  checkBodyJSON(body);
  doc.transact(() => {
    setPlanMeta(
      doc,
      {
        title: input.title,
        createdAt: input.createdAt ?? new Date().toISOString(),
        ...(input.municipality !== undefined ? { municipality: input.municipality } : {}),
      },
      origin,
    );
    writeBodyJSON(doc, body, origin);
    // A new plan starts with schema 2 and its four target groups.
    upgradePlanDoc(doc, origin);
  }, origin);
}

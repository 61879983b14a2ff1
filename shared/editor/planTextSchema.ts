import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { planTextExtensions } from './planTextExtensions';

let cached: Schema | undefined;

/** The ProseMirror schema of the plan text, built once from `planTextExtensions()`. */
export function planTextSchema(): Schema {
  cached ??= getSchema(planTextExtensions());
  return cached;
}

/**
 * The shapes Sotkanet's REST API 1.1 answers in (see ../../../docs and
 * DOMAIN.md), as zod schemas. Whatever arrives is checked against them before
 * anything reads it: an answer of another shape is a `SotkanetError` of kind
 * `invalid`, never a crash further in. Lists are checked item by item, so that
 * one odd item does not cost the whole catalogue.
 */
import { z } from 'zod';

const text = z.string().max(2_000);

/** `{fi, sv, en}`; Sotkanet sometimes leaves a language out or empty. */
export const localizedSchema = z
  .object({ fi: text.optional(), sv: text.optional(), en: text.optional() })
  .refine((t) => Boolean(t.fi || t.sv || t.en), 'a title in at least one language');
export type Localized = z.infer<typeof localizedSchema>;

const idSchema = z.number().int().positive().max(2 ** 31);

const organizationSchema = z.object({ id: z.number().int().optional(), title: z.union([localizedSchema, text]).optional() });

/** One item of `GET /indicators`. */
export const catalogueItemSchema = z.object({
  id: idSchema,
  title: localizedSchema,
  organization: organizationSchema.optional().catch(undefined),
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

/** `GET /indicators/{id}`: the metadata this server uses (more fields are ignored). */
export const indicatorMetadataSchema = z.object({
  id: idSchema,
  title: localizedSchema,
  primaryValueType: z.object({ code: text.optional(), title: localizedSchema.optional().catch(undefined) }).optional().catch(undefined),
  decimals: z.number().int().min(0).max(10).optional().catch(undefined),
  range: z
    .object({ start: z.number().int().min(1900).max(2100), end: z.number().int().min(1900).max(2100) })
    .refine((r) => r.start <= r.end, 'range.start after range.end')
    .optional()
    .catch(undefined),
  'data-updated': text.optional().catch(undefined),
  organization: organizationSchema.optional().catch(undefined),
  classifications: z
    .object({ sex: z.object({ values: z.array(text).max(10) }).optional().catch(undefined) })
    .optional()
    .catch(undefined),
});
export type IndicatorMetadata = z.infer<typeof indicatorMetadataSchema>;

/** One item of `GET /regions`. */
export const regionSchema = z.object({
  id: idSchema,
  code: z.string().trim().min(1).max(20),
  category: z.string().min(1).max(40),
  title: localizedSchema,
  memberOf: z.array(idSchema).max(50).optional().catch(undefined),
});
export type Region = z.infer<typeof regionSchema>;

export const GENDERS = ['total', 'female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** One row of `GET /json`. */
export const dataRowSchema = z.object({
  indicator: idSchema,
  region: idSchema,
  year: z.number().int().min(1900).max(2100),
  gender: z.enum(GENDERS),
  value: z.number(),
});
export type DataRow = z.infer<typeof dataRowSchema>;

/**
 * Parses a list answer: it must be an array, its valid items are kept. An
 * answer with items but none valid is of another shape altogether.
 */
export function parseList<T>(schema: z.ZodType<T>, body: unknown, what: string, maxItems: number): { items: T[]; dropped: number } | { error: string } {
  if (!Array.isArray(body)) return { error: `${what}: expected a list, got ${body === null ? 'null' : typeof body}` };
  if (body.length > maxItems) return { error: `${what}: ${body.length} items, more than the ${maxItems} expected` };
  const items: T[] = [];
  for (const item of body) {
    const parsed = schema.safeParse(item);
    if (parsed.success) items.push(parsed.data);
  }
  if (body.length > 0 && items.length === 0) return { error: `${what}: none of the ${body.length} items has the expected shape` };
  return { items, dropped: body.length - items.length };
}

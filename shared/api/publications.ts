/**
 * `/api/plans/:id/publications` and the accessibility statement: publishing
 * a version of a plan on the public web (`/julkaisut/<municipality>/<plan>`).
 */
import { z } from 'zod';
import type { PersonRef } from '../people';
import { versionIdSchema } from './versions';

/** The licence of the open data when the publisher names none. */
export const DEFAULT_LICENCE = 'CC-BY-4.0';
/** Licences a municipality publishes open data under (SPDX identifiers), with their names and deeds. */
export const LICENCES = {
  'CC-BY-4.0': { name: 'Creative Commons Nimeä 4.0 Kansainvälinen (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.fi' },
  'CC0-1.0': { name: 'Creative Commons CC0 1.0 Yleismaailmallinen', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fi' },
  'CC-BY-SA-4.0': { name: 'Creative Commons Nimeä-JaaSamoin 4.0 (CC BY-SA 4.0)', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fi' },
} as const;
export type Licence = keyof typeof LICENCES;
const licenceIds = Object.keys(LICENCES) as [Licence, ...Licence[]];

/** `POST /api/plans/:id/publications`: without `versionId` the plan as it is now is saved as a named version first. */
export const newPublicationSchema = z
  .object({
    versionId: versionIdSchema.optional(),
    /** The name of the version made when `versionId` is not given. */
    label: z.string().trim().min(1).max(200).optional(),
    licence: z.enum(licenceIds).optional(),
  })
  .strict();

export const publicationIdSchema = z.string().uuid('unknown publication');

/** A publication as the API answers it. */
export interface PublicationSummary {
  id: string;
  /** The publication's own page (absolute, same origin as the API). */
  url: string;
  /** Its data as JSON in the `/data` shape, without anything personal. */
  dataUrl: string;
  /** The same data as CSV. */
  csvUrl: string;
  /** The address that always shows the plan's latest publication. */
  latestUrl: string;
  versionId: string;
  versionLabel: string;
  publishedAt: string;
  publishedBy: PersonRef;
  /** Set once unpublished: its addresses then answer 410 Gone. */
  unpublishedAt: string | null;
  licence: Licence;
}

const shortText = z.string().trim().max(300);
const longText = z.string().trim().max(10_000);

/**
 * The accessibility statement (saavutettavuusseloste) of the published plan,
 * the fields of the Finnish model statement (laki digitaalisten palvelujen
 * tarjoamisesta 306/2019, § 15). The supervising authority is fixed by law.
 */
export const accessibilityStatementSchema = z
  .object({
    /** `full`: täyttää kriittiset vaatimukset; `partial`: osittain; `none`: ei täytä. */
    compliance: z.enum(['full', 'partial', 'none']),
    /** Sisältö, joka ei ole saavutettavaa: one item per line (what, why, the WCAG criterion). */
    nonAccessibleContent: longText.default(''),
    /** Kohtuuton rasite, if the municipality invokes it. */
    disproportionateBurden: longText.default(''),
    /** How it was assessed: self-assessment or a third party's (name). */
    assessedBy: shortText.min(1, 'assessedBy must not be empty'),
    /** YYYY-MM-DD: when the statement was made or last reviewed. */
    assessedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'assessedOn must be YYYY-MM-DD'),
    /** Palaute: the municipality's channel for accessibility feedback (a name, an e-mail address, a form's address). */
    feedbackName: shortText.min(1, 'feedbackName must not be empty'),
    feedbackEmail: z.string().trim().email().max(200).optional(),
    feedbackUrl: z.string().trim().url().max(500).refine((u) => /^https?:\/\//i.test(u), 'feedbackUrl must be http(s)').optional(),
    feedbackPhone: shortText.optional(),
  })
  .strict();
export type AccessibilityStatementInput = z.infer<typeof accessibilityStatementSchema>;

export interface AccessibilityStatement extends AccessibilityStatementInput {
  planId: string;
  updatedAt: string;
  updatedBy: PersonRef;
}

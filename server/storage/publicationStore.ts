import type { AccessibilityStatement, Licence } from '../../shared/api/publications';
import type { PersonRef } from '../../shared/people';

/**
 * A version of a plan published on the public web. Published versions are
 * immutable, so a publication is never changed, only taken down
 * (`unpublishedAt`), and its record is kept for the archive and the audit.
 */
export interface Publication {
  id: string;
  planId: string;
  versionId: string;
  /** The version's name when it was published (versions are immutable: it stays true). */
  versionLabel: string;
  /** `porvoo/hyvinvointisuunnitelma-2025-2028`: the address under `/julkaisut/`, the same for every publication of a plan. */
  slug: string;
  /** The municipality's name as the plan gave it when published; null when it gave none. */
  municipality: string | null;
  publishedAt: string;
  publishedBy: PersonRef;
  unpublishedAt: string | null;
  licence: Licence;
}

export interface PublicationStore {
  add(publication: Publication): Promise<void>;
  get(id: string): Promise<Publication | undefined>;
  /** Newest first, taken-down ones included. */
  ofPlan(planId: string): Promise<Publication[]>;
  /** Newest first, taken-down ones included. */
  ofSlug(slug: string): Promise<Publication[]>;
  /** Takes a publication down; false if it was down already (or unknown). */
  unpublish(id: string, at: string): Promise<boolean>;
  statement(planId: string): Promise<AccessibilityStatement | undefined>;
  putStatement(statement: AccessibilityStatement): Promise<void>;
}

export const newestFirst = (a: Publication, b: Publication) => b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id);

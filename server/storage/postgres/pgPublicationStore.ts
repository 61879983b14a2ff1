import type pg from 'pg';
import type { AccessibilityStatement, AccessibilityStatementInput, Licence } from '../../../shared/api/publications';
import type { PersonRef } from '../../../shared/people';
import type { Publication, PublicationStore } from '../publicationStore';
import { iso } from './database';

interface PublicationRow {
  id: string;
  plan_id: string;
  version_id: string;
  version_label: string;
  slug: string;
  municipality: string | null;
  published_at: Date;
  published_by: PersonRef;
  unpublished_at: Date | null;
  licence: Licence;
}

const toPublication = (r: PublicationRow): Publication => ({
  id: r.id,
  planId: r.plan_id,
  versionId: r.version_id,
  versionLabel: r.version_label,
  slug: r.slug,
  municipality: r.municipality,
  publishedAt: iso(r.published_at),
  publishedBy: r.published_by,
  unpublishedAt: r.unpublished_at === null ? null : iso(r.unpublished_at),
  licence: r.licence,
});

const NEWEST_FIRST = 'ORDER BY published_at DESC, id DESC';

/** `hyte_publications` and `hyte_accessibility_statements` (migration 006). */
export class PgPublicationStore implements PublicationStore {
  constructor(private readonly pool: pg.Pool) {}

  async add(p: Publication): Promise<void> {
    await this.pool.query(
      `INSERT INTO hyte_publications (id, plan_id, version_id, version_label, slug, municipality, published_at, published_by, unpublished_at, licence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [p.id, p.planId, p.versionId, p.versionLabel, p.slug, p.municipality, p.publishedAt, JSON.stringify(p.publishedBy), p.unpublishedAt, p.licence],
    );
  }

  async get(id: string): Promise<Publication | undefined> {
    const { rows } = await this.pool.query<PublicationRow>('SELECT * FROM hyte_publications WHERE id = $1', [id]);
    return rows[0] && toPublication(rows[0]);
  }

  async ofPlan(planId: string): Promise<Publication[]> {
    const { rows } = await this.pool.query<PublicationRow>(`SELECT * FROM hyte_publications WHERE plan_id = $1 ${NEWEST_FIRST}`, [planId]);
    return rows.map(toPublication);
  }

  async ofSlug(slug: string): Promise<Publication[]> {
    const { rows } = await this.pool.query<PublicationRow>(`SELECT * FROM hyte_publications WHERE slug = $1 ${NEWEST_FIRST}`, [slug]);
    return rows.map(toPublication);
  }

  async unpublish(id: string, at: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE hyte_publications SET unpublished_at = $2 WHERE id = $1 AND unpublished_at IS NULL', [id, at]);
    return (rowCount ?? 0) > 0;
  }

  async statement(planId: string): Promise<AccessibilityStatement | undefined> {
    const { rows } = await this.pool.query<{ statement: AccessibilityStatementInput; updated_at: Date; updated_by: PersonRef }>(
      'SELECT statement, updated_at, updated_by FROM hyte_accessibility_statements WHERE plan_id = $1',
      [planId],
    );
    const row = rows[0];
    return row && { ...row.statement, planId, updatedAt: iso(row.updated_at), updatedBy: row.updated_by };
  }

  async putStatement({ planId, updatedAt, updatedBy, ...statement }: AccessibilityStatement): Promise<void> {
    await this.pool.query(
      `INSERT INTO hyte_accessibility_statements (plan_id, statement, updated_at, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (plan_id) DO UPDATE SET statement = excluded.statement, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [planId, JSON.stringify(statement), updatedAt, JSON.stringify(updatedBy)],
    );
  }
}

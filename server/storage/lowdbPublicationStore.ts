import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { AccessibilityStatement } from '../../shared/api/publications';
import { newestFirst, type Publication, type PublicationStore } from './publicationStore';

interface PublicationData {
  publications: Publication[];
  statements: AccessibilityStatement[];
}

const copy = <T>(value: T): T => structuredClone(value);

/** `DATA_DIR/publications.json`: few and small records, replaced atomically on each write by lowdb. */
export class LowdbPublicationStore implements PublicationStore {
  private db: Promise<Low<PublicationData>> | null = null;

  constructor(private readonly dataDir: string) {}

  private open(): Promise<Low<PublicationData>> {
    this.db ??= (async () => {
      const db = new Low<PublicationData>(new JSONFile(join(this.dataDir, 'publications.json')), { publications: [], statements: [] });
      await db.read();
      db.data = { publications: db.data.publications ?? [], statements: db.data.statements ?? [] };
      return db;
    })();
    this.db.catch(() => (this.db = null));
    return this.db;
  }

  async add(publication: Publication): Promise<void> {
    const db = await this.open();
    db.data.publications.push(copy(publication));
    await db.write();
  }

  async get(id: string): Promise<Publication | undefined> {
    return copy((await this.open()).data.publications.find((p) => p.id === id));
  }

  async ofPlan(planId: string): Promise<Publication[]> {
    return copy((await this.open()).data.publications.filter((p) => p.planId === planId).sort(newestFirst));
  }

  async ofSlug(slug: string): Promise<Publication[]> {
    return copy((await this.open()).data.publications.filter((p) => p.slug === slug).sort(newestFirst));
  }

  async unpublish(id: string, at: string): Promise<boolean> {
    const db = await this.open();
    const index = db.data.publications.findIndex((p) => p.id === id && p.unpublishedAt === null);
    if (index < 0) return false;
    db.data.publications[index] = { ...db.data.publications[index]!, unpublishedAt: at };
    await db.write();
    return true;
  }

  async statement(planId: string): Promise<AccessibilityStatement | undefined> {
    return copy((await this.open()).data.statements.find((s) => s.planId === planId));
  }

  async putStatement(statement: AccessibilityStatement): Promise<void> {
    const db = await this.open();
    db.data.statements = [...db.data.statements.filter((s) => s.planId !== statement.planId), copy(statement)];
    await db.write();
  }
}

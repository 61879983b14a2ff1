/**
 * Published versions never change, so each publication's page and data are
 * rendered once and then served from memory: a burst of readers from the
 * city's front page costs a map lookup each, not a render (nor a read of the
 * version). The page also lists the plan's other publications, so it is kept
 * per state of that archive.
 */
import { createHash } from 'node:crypto';
import type { IndicatorView } from '../../shared/api/indicators';
import { indicatorExportSection } from '../indicators/exportSection';
import type { Snapshot } from '../storage/snapshotStore';
import type { Publication } from '../storage/publicationStore';
import { openDataCsv, openDataJson } from './openData';
import { renderPublicPage } from './publicPage';
import { publicPlanData, publicPlanView } from './publicView';

export type PublicFormat = 'html' | 'json' | 'csv';

export interface RenderedFile {
  bytes: Buffer;
  contentType: string;
  /** A strong validator: the bytes' SHA-256. */
  etag: string;
}

const CONTENT_TYPES: Record<PublicFormat, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Files kept; the oldest used goes first. A page of a large plan is some hundred kilobytes. */
const MAX_ENTRIES = 300;

export class PublicRenderCache {
  private readonly entries = new Map<string, Promise<RenderedFile>>();

  constructor(
    private readonly loadVersion: (publication: Publication) => Promise<Snapshot>,
    /** A version's indicators (its set, targets and own figures) with the cache's figures; none without it. */
    private readonly indicatorsOf: (version: Snapshot) => Promise<IndicatorView[]> = async () => [],
  ) {}

  get(publication: Publication, archive: Publication[], format: PublicFormat): Promise<RenderedFile> {
    // The data does not show the archive; the page does.
    const key = `${publication.id}:${format}${format === 'html' ? `:${archive.map((p) => p.id).join(',')}` : ''}`;
    let entry = this.entries.get(key);
    if (entry) {
      // Map order is insertion order: moving a used entry to the end keeps the least recently used first.
      this.entries.delete(key);
    } else {
      entry = this.render(publication, archive, format);
      entry.catch(() => this.entries.delete(key));
    }
    this.entries.set(key, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** Drops a publication's files (it was taken down). */
  forget(publicationId: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(`${publicationId}:`)) this.entries.delete(key);
  }

  private async render(publication: Publication, archive: Publication[], format: PublicFormat): Promise<RenderedFile> {
    const version = await this.loadVersion(publication);
    const versionDate = new Date(version.createdAt);
    // The charts are drawn once, with the page (some 100 ms each), never per reader.
    const indicators = format === 'html' ? await indicatorExportSection(await this.indicatorsOf(version)) : null;
    const bytes =
      format === 'html'
        ? Buffer.from(renderPublicPage({ view: publicPlanView(version.data), publication, versionDate, archive, indicators }), 'utf8')
        : format === 'json'
          ? openDataJson(publicPlanData(version.data), publication, versionDate)
          : openDataCsv(publicPlanData(version.data), versionDate);
    const etag = `"${createHash('sha256').update(bytes).digest('base64url')}"`;
    return { bytes, contentType: CONTENT_TYPES[format], etag };
  }
}

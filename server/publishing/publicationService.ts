import { randomUUID } from 'node:crypto';
import { DEFAULT_LICENCE, type Licence } from '../../shared/api/publications';
import type { PersonRef } from '../../shared/people';
import { readPlanMeta } from '../../shared/plan';
import type { DocumentGateway } from '../collab/documentGateway';
import type { IndicatorService } from '../indicators/indicatorService';
import { finnishDay } from '../exports/common/dates';
import { FALLBACK_TITLE } from '../exports/common/documentInfo';
import { HttpError, notFound } from '../http/errors';
import type { PlanRecord } from '../storage/appStore';
import type { Snapshot } from '../storage/snapshotStore';
import type { Publication, PublicationStore } from '../storage/publicationStore';
import type { VersionService } from '../versions/versionService';
import { PublicRenderCache, type RenderedFile, type PublicFormat } from './renderCache';
import { freeSlug, planSlug } from './slug';

/**
 * How long this process trusts what it read of an address's publications.
 * Publishing and unpublishing through this process take effect at once;
 * through another process (PostgreSQL deployments) within this time.
 */
const SLUG_TRUST_MS = 5_000;

export interface PublishRequest {
  versionId?: string;
  label?: string;
  licence?: Licence;
}

/** What a public address names: a publication that is up, one taken down (410), or nothing (404). */
export type Resolved = { state: 'up'; publication: Publication; archive: Publication[] } | { state: 'gone' } | { state: 'none' };

/** Publishing versions of plans on the public web and reading them back for anonymous readers. */
export class PublicationService {
  private readonly slugs = new Map<string, { at: number; publications: Promise<Publication[]> }>();
  private readonly rendered: PublicRenderCache;

  constructor(
    readonly store: PublicationStore,
    private readonly versions: VersionService,
    private readonly documents: Pick<DocumentGateway, 'read'>,
    /** The indicators of a published version's state, in Finnish like the page (server/indicators). */
    indicators?: Pick<IndicatorService, 'listOfState'>,
  ) {
    this.rendered = new PublicRenderCache(
      (publication) => this.versionOf(publication),
      indicators ? (version) => indicators.listOfState(version.state, 'fi') : undefined,
    );
  }

  /** Publishes a named version, or the plan as it is now saved as one first. */
  async publish(plan: PlanRecord, actor: PersonRef, request: PublishRequest): Promise<{ publication: Publication; version: Snapshot }> {
    const version = request.versionId ? await this.namedVersion(plan, request.versionId) : await this.saveCurrent(plan, actor, request.label);
    const earlier = await this.store.ofPlan(plan.id);
    const { municipality } = await this.documents.read(plan.id, readPlanMeta);
    // A plan keeps its first address, so links in the council's minutes and the city's site keep working.
    const slug =
      earlier[0]?.slug ??
      (await freeSlug(planSlug(municipality ?? null, version.data.title || plan.title), async (candidate) =>
        (await this.store.ofSlug(candidate)).some((p) => p.planId !== plan.id),
      ));
    const publication: Publication = {
      id: randomUUID(),
      planId: plan.id,
      versionId: version.id,
      versionLabel: version.label,
      slug,
      municipality: municipality?.trim() || null,
      publishedAt: new Date().toISOString(),
      publishedBy: { id: actor.id, name: actor.name },
      unpublishedAt: null,
      licence: request.licence ?? earlier[0]?.licence ?? DEFAULT_LICENCE,
    };
    await this.store.add(publication);
    this.slugs.delete(slug);
    return { publication, version };
  }

  /** Takes a publication down; its addresses answer 410 from now on. */
  async unpublish(planId: string, publicationId: string): Promise<Publication> {
    const publication = await this.store.get(publicationId);
    if (!publication || publication.planId !== planId) throw notFound('No such publication');
    await this.store.unpublish(publication.id, new Date().toISOString());
    this.slugs.delete(publication.slug);
    this.rendered.forget(publication.id);
    return (await this.store.get(publication.id)) ?? publication;
  }

  /** `which`: `latest`, or a publication's id. */
  async resolve(slug: string, which: string): Promise<Resolved> {
    const all = await this.ofSlug(slug);
    const up = all.filter((p) => p.unpublishedAt === null);
    const named = which === 'latest' ? up[0] : all.find((p) => p.id === which);
    if (named?.unpublishedAt === null) return { state: 'up', publication: named, archive: up };
    return named || (which === 'latest' && all.length > 0) ? { state: 'gone' } : { state: 'none' };
  }

  /** The page, JSON or CSV of a publication: rendered once, then served from memory. */
  file(resolved: Extract<Resolved, { state: 'up' }>, format: PublicFormat): Promise<RenderedFile> {
    return this.rendered.get(resolved.publication, resolved.archive, format);
  }

  /** The published version's title, for the pages around it (the accessibility statement). */
  async titleOf(publication: Publication): Promise<string> {
    return (await this.versionOf(publication)).data.title.trim() || FALLBACK_TITLE;
  }

  private ofSlug(slug: string): Promise<Publication[]> {
    const cached = this.slugs.get(slug);
    if (cached && Date.now() - cached.at < SLUG_TRUST_MS) return cached.publications;
    const publications = this.store.ofSlug(slug);
    this.slugs.set(slug, { at: Date.now(), publications });
    publications.catch(() => this.slugs.delete(slug));
    return publications;
  }

  private async versionOf(publication: Publication): Promise<Snapshot> {
    const version = await this.versions.get(publication.planId, publication.versionId);
    if (!version) throw new Error(`published version ${publication.versionId} of plan ${publication.planId} is missing`);
    return version;
  }

  private async namedVersion(plan: PlanRecord, versionId: string): Promise<Snapshot> {
    const version = await this.versions.get(plan.id, versionId);
    if (!version) throw notFound('No such version');
    // Automatic snapshots are thinned out over time; what is published must stay.
    if (version.kind !== 'named') throw new HttpError(400, 'Only named versions are published: name this version first');
    return version;
  }

  private async saveCurrent(plan: PlanRecord, actor: PersonRef, label?: string): Promise<Snapshot> {
    const summary = await this.versions.createNamed(plan, label ?? `Julkaistu ${finnishDay(new Date())}`, actor);
    const version = await this.versions.get(plan.id, summary.id);
    if (!version) throw new Error(`the version ${summary.id} just made cannot be read`);
    return version;
  }
}

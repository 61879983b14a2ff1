import * as Y from 'yjs';
import type { z } from 'zod';
import type {
  CatalogueEntry,
  IndicatorView,
  MunicipalityEntry,
  PlanMunicipality,
  indicatorChangeSchema,
  newIndicatorSchema,
} from '../../shared/api/indicators';
import type { Language } from '../../shared/languages';
import {
  addPlanIndicator,
  PlanDocError,
  readMunicipalityCode,
  readPlanIndicator,
  readPlanIndicators,
  removePlanIndicator,
  setLocalValues,
  setMunicipalityCode,
  updatePlanIndicator,
  type IndicatorPoint,
  type PlanIndicator,
} from '../../shared/plan';
import type { PersonRef } from '../../shared/people';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError } from '../http/errors';
import { localized, normalizeForSearch } from './catalogueIndex';
import { indicatorView, indicatorViews, seriesArea, viewContext } from './indicatorViews';
import { normalizeMunicipalityCode } from './sotkanet/regions';
import { SotkanetUnavailable, type Fetched, type SotkanetSource } from './sotkanetSource';

/** A 502 when Sotkanet answered something unusable, a 503 when it could not be reached; either way nothing was cached. */
export function unavailableError(error: SotkanetUnavailable, what: string): HttpError {
  const garbage = error.reason.kind === 'invalid' || error.reason.kind === 'status';
  return new HttpError(
    garbage ? 502 : 503,
    `${what} is not available: Sotkanet ${garbage ? 'answered something unusable' : 'cannot be reached'} and nothing is cached yet (${error.reason.kind}); try again later`,
  );
}

function docError(error: unknown): never {
  if (error instanceof PlanDocError) throw new HttpError(error.code === 'not-found' ? 404 : error.code === 'conflict' ? 409 : 400, error.message);
  throw error;
}

/**
 * A plan's indicators: the set in its document (written through the
 * document gateway, so that open editors see it live and it is versioned)
 * with the figures read from Sotkanet's cache at read time.
 */
export class IndicatorService {
  constructor(
    readonly source: SotkanetSource,
    private readonly documents: DocumentGateway,
  ) {}

  async catalogue(query: string, lang: Language, limit: number): Promise<Fetched<CatalogueEntry[]>> {
    const catalogue = await this.withSotkanet('The indicator catalogue', () => this.source.catalogue());
    const entries = catalogue.value.search(query, lang, limit).map((item) => ({
      source: 'sotkanet' as const,
      sourceId: item.id,
      title: localized(item.title, lang),
      producer: localized(item.organization?.title, lang) || null,
    }));
    return { ...catalogue, value: entries };
  }

  async municipalities(query: string, lang: Language): Promise<Fetched<MunicipalityEntry[]>> {
    const regions = await this.withSotkanet('The list of municipalities', () => this.source.regions());
    const wanted = normalizeForSearch(query);
    const entries = regions.value
      .municipalities()
      .map((region) => ({ code: normalizeMunicipalityCode(region.code), title: localized(region.title, lang) }))
      .filter((m) => wanted === '' || m.code.startsWith(wanted) || normalizeForSearch(m.title).includes(wanted))
      .sort((a, b) => a.title.localeCompare(b.title, lang));
    return { ...regions, value: entries };
  }

  /** The code as stored (three digits), after checking that it is a municipality's in Sotkanet's regions; 400 if not. */
  async checkMunicipalityCode(code: string | null): Promise<string | null> {
    if (code === null) return null;
    const regions = await this.withSotkanet('The list of municipalities', () => this.source.regions());
    const municipality = regions.value.byCode(code);
    if (!municipality) throw new HttpError(400, `${code} is not the code of a municipality (Sotkanet has no KUNTA region with it)`);
    return normalizeMunicipalityCode(municipality.code);
  }

  /** Sets the plan's municipality; returns the code it had. */
  async setMunicipality(planId: string, code: string | null, actor: PersonRef): Promise<string | null> {
    return this.documents.change(
      planId,
      (doc) => {
        const before = readMunicipalityCode(doc);
        setMunicipalityCode(doc, code);
        return before;
      },
      actor,
    );
  }

  async planMunicipality(planId: string, lang: Language): Promise<PlanMunicipality> {
    const code = await this.documents.read(planId, readMunicipalityCode);
    const answer: PlanMunicipality = { code, municipality: null, county: null, country: null, stale: false };
    if (code === null) return answer;
    try {
      const regions = await this.source.regions();
      const areas = regions.value.areasOf(code);
      answer.stale = regions.stale;
      if (!areas) return answer;
      answer.municipality = seriesArea(areas.municipality, 'municipality', lang, code);
      answer.county = areas.county ? seriesArea(areas.county, 'county', lang) : null;
      answer.country = areas.country ? seriesArea(areas.country, 'country', lang) : null;
    } catch (error) {
      if (!(error instanceof SotkanetUnavailable)) throw error;
      answer.stale = true;
    }
    return answer;
  }

  async list(planId: string, lang: Language): Promise<IndicatorView[]> {
    const { indicators, code } = await this.documents.read(planId, (doc) => ({ indicators: readPlanIndicators(doc), code: readMunicipalityCode(doc) }));
    return indicatorViews(this.source, indicators, await viewContext(this.source, indicators, code, lang));
  }

  /**
   * The indicators of a stored version (its Yjs state, base64) with today's
   * figures: a version keeps the plan's indicator set, targets and local
   * figures, not Sotkanet's, which the cache has.
   */
  async listOfState(state: string, lang: Language): Promise<IndicatorView[]> {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, Buffer.from(state, 'base64'));
      const indicators = readPlanIndicators(doc);
      return await indicatorViews(this.source, indicators, await viewContext(this.source, indicators, readMunicipalityCode(doc), lang));
    } finally {
      doc.destroy();
    }
  }

  async one(planId: string, indicatorId: string, lang: Language): Promise<IndicatorView> {
    const { indicator, code } = await this.documents.read(planId, (doc) => ({ indicator: readPlanIndicator(doc, indicatorId), code: readMunicipalityCode(doc) }));
    if (!indicator) throw new HttpError(404, 'No such indicator in this plan');
    return indicatorView(this.source, indicator, await viewContext(this.source, [indicator], code, lang));
  }

  /** Adds a Sotkanet indicator that the catalogue has (400 if it has not), or a local one. */
  async add(planId: string, input: z.infer<typeof newIndicatorSchema>, actor: PersonRef): Promise<PlanIndicator> {
    let addition: Parameters<typeof addPlanIndicator>[1];
    if (input.source === 'sotkanet') {
      const catalogue = await this.withSotkanet('The indicator catalogue', () => this.source.catalogue());
      const item = catalogue.value.get(input.sourceId);
      if (!item) throw new HttpError(400, `Sotkanet has no indicator ${input.sourceId}`);
      const meta = await this.source.metadata(input.sourceId).then(
        (m) => m.value,
        () => undefined,
      );
      addition = { source: 'sotkanet', sourceId: item.id, title: localized(item.title, 'fi'), unit: localized(meta?.primaryValueType?.title, 'fi') };
    } else {
      addition = { source: 'local', title: input.title, unit: input.unit };
    }
    return this.documents
      .change(planId, (doc) => readPlanIndicator(doc, addPlanIndicator(doc, addition))!, actor)
      .catch(docError);
  }

  /** Changes an indicator; returns it before and after. */
  async change(planId: string, indicatorId: string, change: z.infer<typeof indicatorChangeSchema>, actor: PersonRef): Promise<{ before: PlanIndicator; after: PlanIndicator }> {
    return this.documents
      .change(
        planId,
        (doc) => {
          const before = this.require(readPlanIndicator(doc, indicatorId));
          updatePlanIndicator(doc, indicatorId, change);
          return { before, after: readPlanIndicator(doc, indicatorId)! };
        },
        actor,
      )
      .catch(docError);
  }

  async setValues(planId: string, indicatorId: string, points: IndicatorPoint[], actor: PersonRef): Promise<{ before: PlanIndicator; after: PlanIndicator }> {
    return this.documents
      .change(
        planId,
        (doc) => {
          const before = this.require(readPlanIndicator(doc, indicatorId));
          setLocalValues(doc, indicatorId, points);
          return { before, after: readPlanIndicator(doc, indicatorId)! };
        },
        actor,
      )
      .catch(docError);
  }

  async remove(planId: string, indicatorId: string, actor: PersonRef): Promise<PlanIndicator> {
    return this.documents
      .change(
        planId,
        (doc) => {
          const before = this.require(readPlanIndicator(doc, indicatorId));
          removePlanIndicator(doc, indicatorId);
          return before;
        },
        actor,
      )
      .catch(docError);
  }

  /** Whether the plan has this indicator: checked before a change is written, so a refused one writes nothing. */
  async exists(planId: string, indicatorId: string): Promise<PlanIndicator> {
    return this.require(await this.documents.read(planId, (doc) => readPlanIndicator(doc, indicatorId)));
  }

  private require(indicator: PlanIndicator | undefined): PlanIndicator {
    if (!indicator) throw new HttpError(404, 'No such indicator in this plan');
    return indicator;
  }

  private async withSotkanet<T>(what: string, load: () => Promise<Fetched<T>>): Promise<Fetched<T>> {
    try {
      return await load();
    } catch (error) {
      if (error instanceof SotkanetUnavailable) throw unavailableError(error, what);
      throw error;
    }
  }
}

import type { Region } from './schemas';

export const MUNICIPALITY = 'KUNTA';
export const COUNTY = 'HYVINVOINTIALUE';
export const COUNTRY = 'MAA';

/** The areas a plan's figures are shown for: its municipality, that municipality's well-being services county, the country. */
export interface PlanAreas {
  municipality: Region;
  county: Region | null;
  country: Region | null;
}

/**
 * Statistics Finland's municipality codes have three digits ("091"
 * Helsinki, "638" Porvoo); "91" is read as "091".
 */
export function normalizeMunicipalityCode(code: string): string {
  const trimmed = code.trim();
  return /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(3, '0') : trimmed;
}

/**
 * Sotkanet's regions by what the server looks them up by. A region's `id` is
 * Sotkanet's own number; the municipality code is its `code` within the
 * category `KUNTA` (other categories reuse the same codes).
 */
export class RegionIndex {
  private readonly byId = new Map<number, Region>();
  private readonly municipalitiesByCode = new Map<string, Region>();
  private readonly countries: Region[];

  constructor(readonly regions: readonly Region[]) {
    for (const region of regions) {
      this.byId.set(region.id, region);
      if (region.category === MUNICIPALITY) this.municipalitiesByCode.set(normalizeMunicipalityCode(region.code), region);
    }
    this.countries = regions.filter((r) => r.category === COUNTRY);
  }

  byCode(code: string): Region | undefined {
    return this.municipalitiesByCode.get(normalizeMunicipalityCode(code));
  }

  /** The municipality with this code, its county (through `memberOf`) and the country; undefined when the code is no municipality. */
  areasOf(code: string): PlanAreas | undefined {
    const municipality = this.byCode(code);
    if (!municipality) return undefined;
    const parents = (municipality.memberOf ?? []).map((id) => this.byId.get(id)).filter((r): r is Region => r !== undefined);
    const county = parents.find((r) => r.category === COUNTY) ?? null;
    // The country the county (or the municipality) belongs to, else the only one there is.
    const linked = [...(county?.memberOf ?? []), ...(municipality.memberOf ?? [])]
      .map((id) => this.byId.get(id))
      .find((r) => r?.category === COUNTRY);
    return { municipality, county, country: linked ?? this.countries[0] ?? null };
  }

  municipalities(): Region[] {
    return [...this.municipalitiesByCode.values()];
  }
}

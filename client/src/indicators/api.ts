import type {
  CatalogueEntry,
  IndicatorPoint,
  IndicatorTarget,
  IndicatorView,
  MunicipalityEntry,
  PlanMunicipality,
} from '../../../shared/api/indicators';
import type { Language } from '../../../shared/languages';
import { api } from '../api/http';

export type { CatalogueEntry, IndicatorView, MunicipalityEntry, PlanMunicipality };

const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
const indicator = (planId: string, id: string) => `${plan(planId)}/indicators/${encodeURIComponent(id)}`;

export function listIndicators(planId: string, lang: Language): Promise<IndicatorView[]> {
  return api<IndicatorView[]>(`${plan(planId)}/indicators?lang=${lang}`);
}

export function getPlanMunicipality(planId: string, lang: Language): Promise<PlanMunicipality> {
  return api<PlanMunicipality>(`${plan(planId)}/municipality?lang=${lang}`);
}

export function listMunicipalities(lang: Language): Promise<MunicipalityEntry[]> {
  return api<MunicipalityEntry[]>(`/indicators/municipalities?lang=${lang}`);
}

export function setMunicipality(planId: string, municipalityCode: string | null): Promise<unknown> {
  return api(plan(planId), { method: 'PATCH', body: { municipalityCode } });
}

export function searchCatalogue(query: string, lang: Language): Promise<CatalogueEntry[]> {
  return api<CatalogueEntry[]>(`/indicators/catalogue?q=${encodeURIComponent(query)}&lang=${lang}&limit=20`);
}

export function addSotkanetIndicator(planId: string, sourceId: number, lang: Language): Promise<IndicatorView> {
  return api<IndicatorView>(`${plan(planId)}/indicators?lang=${lang}`, { method: 'POST', body: { source: 'sotkanet', sourceId } });
}

export function addLocalIndicator(planId: string, title: string, unit: string, lang: Language): Promise<IndicatorView> {
  return api<IndicatorView>(`${plan(planId)}/indicators?lang=${lang}`, { method: 'POST', body: { source: 'local', title, unit } });
}

export function setTarget(planId: string, id: string, change: { target: IndicatorTarget | null; baselineYear: number | null }): Promise<IndicatorView> {
  return api<IndicatorView>(indicator(planId, id), { method: 'PATCH', body: change });
}

export function setLocalValues(planId: string, id: string, points: IndicatorPoint[]): Promise<IndicatorView> {
  return api<IndicatorView>(`${indicator(planId, id)}/values`, { method: 'PUT', body: { points } });
}

export function removeIndicator(planId: string, id: string): Promise<void> {
  return api<void>(indicator(planId, id), { method: 'DELETE' });
}

/**
 * The chart the server draws (the same as in the exports). `version` changes
 * with the figures and the target, so that the browser fetches it again then.
 */
export function chartUrl(planId: string, view: IndicatorView, lang: Language): string {
  const version = hash(JSON.stringify([view.fetchedAt, view.series, view.target, view.baselineYear, view.title, view.unit]));
  return `/api${indicator(planId, view.id)}/chart.svg?lang=${lang}&v=${version}`;
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** The open data of a publication: its `/data` shape as JSON (with licence and source) and its measure table as CSV. */
import { LICENCES } from '../../shared/api/publications';
import { renderCsv } from '../exports/csv/csv';
import type { Publication } from '../storage/publicationStore';
import { publicationPaths } from './paths';
import type { PublicPlanData } from './publicView';

/** The published JSON: the `/data` fields first, then what a reuser must know (licence, source, version). */
export function openDataJson(data: PublicPlanData, publication: Publication, versionDate: Date): Buffer {
  const licence = LICENCES[publication.licence];
  const document = {
    ...data,
    licence: { id: publication.licence, name: licence.name, url: licence.url },
    source: publication.municipality ?? null,
    version: { id: publication.versionId, label: publication.versionLabel, createdAt: versionDate.toISOString() },
    publishedAt: publication.publishedAt,
    page: publicationPaths(publication).page,
  };
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}

export function openDataCsv(data: PublicPlanData, versionDate: Date): Buffer {
  return renderCsv({ data, date: versionDate });
}

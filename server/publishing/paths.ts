/** The public addresses of a publication, all under `/julkaisut/<municipality>/<plan>`. */
export const PUBLIC_ROOT = '/julkaisut';

export interface PublicationPaths {
  /** This publication's page: what the API's `url` names. */
  page: string;
  json: string;
  csv: string;
  /** The plan's newest publication, whichever it is. */
  latest: string;
  statement: string;
}

export function publicationPaths({ slug, id }: { slug: string; id: string }): PublicationPaths {
  const base = `${PUBLIC_ROOT}/${slug}`;
  return { page: `${base}/${id}`, json: `${base}/${id}/data.json`, csv: `${base}/${id}/data.csv`, latest: base, statement: `${base}/saavutettavuusseloste` };
}

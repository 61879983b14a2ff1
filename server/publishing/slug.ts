/** Readable, stable addresses for published plans: `/julkaisut/porvoo/hyvinvointisuunnitelma-2025-2028`. */

const MAX_SEGMENT = 60;

/** `Porvoon hyvinvointisuunnitelma 2025–2028` → `porvoon-hyvinvointisuunnitelma-2025-2028` (ä→a, ö→o, å→a). */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SEGMENT)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** A segment of a slug as it may appear in a request path. */
export const SLUG_SEGMENT = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

export function planSlug(municipality: string | null, title: string): string {
  return `${slugify(municipality ?? '', 'kunta')}/${slugify(title, 'suunnitelma')}`;
}

/** The first of `base`, `base-2`, `base-3`, … that `taken` does not hold (another plan's address). */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

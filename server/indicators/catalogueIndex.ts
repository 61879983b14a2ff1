import type { Language } from '../../shared/languages';
import type { CatalogueItem, Localized } from './sotkanet/schemas';

/** A title in `lang`, else in Finnish, Swedish or English, whichever Sotkanet has. */
export function localized(title: Localized | string | undefined, lang: Language): string {
  if (title === undefined) return '';
  if (typeof title === 'string') return title;
  return title[lang] || title.fi || title.sv || title.en || '';
}

/**
 * Lower case without diacritics or punctuation, so that "vaesto" finds
 * "Väestö 31.12." and "25-64" finds "25–64-vuotiaat".
 */
export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

const COLLATORS: Record<Language, Intl.Collator> = { fi: new Intl.Collator('fi'), sv: new Intl.Collator('sv'), en: new Intl.Collator('en') };

interface Entry {
  item: CatalogueItem;
  /** Every language's title, normalised, with spaces around: one substring test per query word. */
  all: string;
  byLanguage: Record<Language, string>;
}

/**
 * The catalogue (~3,700 indicators) with its titles normalised once, when it
 * is fetched or read from the cache, so that a search is a pass of substring
 * tests: well under a millisecond.
 */
export class CatalogueIndex {
  private readonly entries: Entry[];
  private readonly byId = new Map<number, CatalogueItem>();

  constructor(readonly items: readonly CatalogueItem[]) {
    this.entries = items.map((item) => {
      const byLanguage = {
        fi: ` ${normalizeForSearch(item.title.fi ?? '')} `,
        sv: ` ${normalizeForSearch(item.title.sv ?? '')} `,
        en: ` ${normalizeForSearch(item.title.en ?? '')} `,
      };
      return { item, byLanguage, all: `${byLanguage.fi}|${byLanguage.sv}|${byLanguage.en}` };
    });
    for (const item of items) this.byId.set(item.id, item);
  }

  get(id: number): CatalogueItem | undefined {
    return this.byId.get(id);
  }

  /**
   * Items whose fi, sv or en title has every word of `query` (or whose id it
   * is), best first: the id, then titles in `lang` that start with the query,
   * then those with a word that starts with the query's first word, then the
   * rest; alphabetically within each.
   */
  search(query: string, lang: Language, limit: number): CatalogueItem[] {
    const normalized = normalizeForSearch(query);
    const words = normalized.split(' ').filter(Boolean);
    const id = /^\d+$/.test(query.trim()) ? Number(query.trim()) : null;
    const scored: Array<{ item: CatalogueItem; rank: number; title: string }> = [];
    for (const entry of this.entries) {
      const isId = entry.item.id === id;
      if (!isId && !words.every((word) => entry.all.includes(word))) continue;
      const own = entry.byLanguage[lang];
      const rank = isId ? 0 : own.startsWith(` ${normalized}`) ? 1 : words[0] && own.includes(` ${words[0]}`) ? 2 : 3;
      scored.push({ item: entry.item, rank, title: localized(entry.item.title, lang) });
    }
    const collator = COLLATORS[lang];
    scored.sort((a, b) => a.rank - b.rank || collator.compare(a.title, b.title) || a.item.id - b.item.id);
    return scored.slice(0, limit).map((s) => s.item);
  }
}

/**
 * Names of the plan's vocabularies (parties, target groups, projects): how a
 * cell of a measure table is split into names, when two names are the same
 * entity, and the id an entity made from a name gets.
 */
import { digest } from 'lib0/hash/sha256';

/**
 * The identity of a name: the same name ignoring case and extra spaces (and a
 * full stop at its end, which Finnish tables put on some cells and not others)
 * is the same entity.
 */
export function nameKey(name: string): string {
  const folded = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const withoutStop = folded.replace(/\.+$/, '').trimEnd();
  return withoutStop === '' ? folded : withoutStop;
}

/** A name as it is kept and shown: trimmed, with line breaks and runs of spaces made one space. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s*[\r\n]+\s*/g, ' ').replace(/[ \t]{2,}/g, ' ');
}

const OPENING = '([{';
const CLOSING = ')]}';
/** A word cut short by a hyphen: "Sosiaali-" in "Sosiaali- ja terveystoimi", "liikunta-" in "liikunta-, kulttuuri- ja …". */
const ENDS_IN_COMPOUND_HYPHEN = /[\p{L}\p{N}][-‐‑]\s*$/u;
/** What follows a hyphen-cut word on the next line when the line break is inside one name. */
const CONTINUES_COMPOUND = /^\s*(ja|tai|sekä|eli|och|eller|,)(\s|,|$)/u;
/** A list marker at the start of a line: "• sivistystoimi", "- nuorisopalvelut". */
const LIST_MARKER = /^[•·▪◦*\-–—]\s+/u;

export interface SplitOptions {
  /** Whether a comma separates names (parties, target groups); project names may hold commas. */
  commas: boolean;
}

/**
 * Splits the text of a cell into the names it lists, the way Finnish measure
 * tables write lists: commas (when `commas`), semicolons and line breaks
 * separate, except inside brackets and after a word cut short by a hyphen
 * ("Mielenterveys- ja päihdesuunnitelma", "liikunta-, kulttuuri- ja
 * vapaa-aikapalvelut" are one name each). " ja " never separates: "viestintä
 * ja markkinointi" is one unit. Nothing is dropped but the separators, the
 * spaces around names and a list marker at the start of a line.
 */
export function splitNames(text: string, options: SplitOptions): string[] {
  const names: string[] = [];
  let current = '';
  let depth = 0;
  const finish = () => {
    const name = cleanName(current.replace(LIST_MARKER, ''));
    if (name !== '') names.push(name);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    const separates =
      depth === 0 &&
      (char === ';' ||
        (char === ',' && options.commas && !ENDS_IN_COMPOUND_HYPHEN.test(current)) ||
        ((char === '\n' || char === '\r') && !(ENDS_IN_COMPOUND_HYPHEN.test(current) && CONTINUES_COMPOUND.test(text.slice(i + 1)))));
    if (separates) finish();
    else current += char;
  }
  finish();
  return names;
}

/** The parties a `responsible` text names ("sivistystoimi, kaupunkikehitys" → two). */
export function splitPartyNames(text: string): string[] {
  return splitNames(text, { commas: true });
}

/** The target groups a `targetGroup` text names ("lapset ja nuoret, ikäihmiset" → two). */
export function splitGroupLabels(text: string): string[] {
  return splitNames(text, { commas: true });
}

/** The projects a text names: one a line or separated by semicolons ("Asunnottomuuden puolittaminen Porissa, Aspu-hanke" is one). */
export function splitProjectNames(text: string): string[] {
  return splitNames(text, { commas: false });
}

/** The names of a list, each once (by `nameKey`), in their first order. */
export function uniqueNames(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const raw of names) {
    const name = cleanName(raw);
    const key = nameKey(name);
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(name);
  }
  return unique;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const encoder = new TextEncoder();

function slugOf(key: string): string {
  return key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 32)
    .replace(/-+$/, '');
}

/**
 * The id of an entity made from a name: a readable slug of its `nameKey` and
 * 72 bits of its SHA-256, so that two clients (or two servers) creating the
 * same name at once write the same key of the same map and converge on one
 * entry. `salt` > 0 gives the next free id when the name's own id is taken by
 * an entry that has been renamed since. Always an `isEntityId`.
 */
export function vocabularyId(name: string, salt = 0): string {
  const key = nameKey(name);
  const bytes = digest(encoder.encode(salt === 0 ? key : `${key}\u0000${salt}`));
  let hash = '';
  for (let i = 0; i < 12; i++) hash += BASE64URL[bytes[i]! & 63];
  const slug = slugOf(key);
  return slug === '' ? hash : `${slug}-${hash}`;
}

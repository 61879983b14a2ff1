/** One thing a combobox offers or holds: an id and the words it is shown by. */
export interface ComboOption {
  id: string;
  label: string;
}

/** How labels are compared: case, extra spaces and Unicode form do not matter (ä and a stay apart). */
export function foldLabel(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
}

export interface Matches {
  /** The options to list, best first, at most the limit. */
  shown: ComboOption[];
  /** How many options match in all. */
  total: number;
}

/** An option with its label folded once, for matching on every keystroke. */
export interface SearchableOption {
  option: ComboOption;
  folded: string;
}

export function searchable(options: readonly ComboOption[]): SearchableOption[] {
  return options.map((option) => ({ option, folded: foldLabel(option.label) }));
}

const WORD_BREAK = /[\s\-–/(),.;:]/;

/** 0: the label starts with the query, 1: a word of it does, 2: the query is inside a word, -1: no match. */
function rank(folded: string, query: string): number {
  let at = folded.indexOf(query);
  if (at < 0) return -1;
  if (at === 0) return 0;
  for (; at > 0; at = folded.indexOf(query, at + 1)) {
    if (WORD_BREAK.test(folded[at - 1]!)) return 1;
  }
  return 2;
}

/**
 * The options whose label holds what was typed, those it starts with first,
 * then those with a word that starts with it, each group in the options'
 * own order; every option for an empty query.
 */
export function matchOptions(options: readonly SearchableOption[], typed: string, limit: number): Matches {
  const query = foldLabel(typed);
  if (query === '') return { shown: options.slice(0, limit).map(({ option }) => option), total: options.length };
  const groups: ComboOption[][] = [[], [], []];
  for (const { option, folded } of options) {
    const r = rank(folded, query);
    if (r >= 0) groups[r]!.push(option);
  }
  const all = groups.flat();
  return { shown: all.slice(0, limit), total: all.length };
}

/**
 * The label a new option would get from what was typed, or null when there
 * is nothing to create: the text is empty, or an option (offered or chosen)
 * already has that label by `keyOf`.
 */
export function creatableLabel(
  typed: string,
  existing: Iterable<ComboOption>,
  keyOf: (label: string) => string,
): string | null {
  const label = typed.trim().replace(/\s+/g, ' ');
  if (label === '') return null;
  const key = keyOf(label);
  for (const option of existing) if (keyOf(option.label) === key) return null;
  return label;
}

/** The option of `options` whose label is what was typed (by `keyOf`), if any. */
export function exactMatch(typed: string, options: Iterable<ComboOption>, keyOf: (label: string) => string): ComboOption | undefined {
  const key = keyOf(typed);
  if (typed.trim() === '') return undefined;
  for (const option of options) if (keyOf(option.label) === key) return option;
  return undefined;
}

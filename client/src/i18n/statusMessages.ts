import type { Language } from '../../../shared/languages';
import { statusWordsIn, type Status } from '../../../shared/plan/status';

/**
 * The status entries of one language's messages (`status.*` the legend,
 * `statusShort.*` the short name, `statusColor.*` the colour), built from
 * `shared/plan/status.ts`, their one home, which the exports print too.
 */
export function statusMessages(language: Language) {
  return {
    status: statusWordsIn(language, 'long'),
    statusShort: statusWordsIn(language, 'short'),
    statusColor: statusWordsIn(language, 'color'),
  };
}

/** The short names as they read inside a sentence: "Tila muutettu: aloitettu → valmis". */
export function statusNamesInSentence(language: Language): Record<Status, string> {
  const names = statusWordsIn(language, 'short');
  return Object.fromEntries(Object.entries(names).map(([status, name]) => [status, name.toLocaleLowerCase(language)])) as Record<
    Status,
    string
  >;
}

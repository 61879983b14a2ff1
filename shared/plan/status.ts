/**
 * The closed vocabularies of a measure: its status (the traffic light of the
 * annual report) and the population group it targets.
 *
 * The words of each status live here and only here, in every language: the
 * exports print the Finnish ones, the client's i18n is built from all three,
 * so the app's report and a Word export never word one status two ways.
 */
import type { Language } from '../languages';


/** Status keys, in report order. */
export const STATUSES = ['done', 'started', 'not-started', 'unassessed'] as const;
export type Status = (typeof STATUSES)[number];

/** The status of a measure nobody has assessed yet. */
export const DEFAULT_STATUS: Status = 'unassessed';

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export type StatusColor = 'green' | 'yellow' | 'red' | 'grey';

/** The traffic light of each status. */
export const STATUS_COLORS: Readonly<Record<Status, StatusColor>> = {
  done: 'green',
  started: 'yellow',
  'not-started': 'red',
  unassessed: 'grey',
};

export interface StatusWording {
  /** A word or two that heads a cell, a chart bar or a count: `Valmis`. */
  short: string;
  /** The plan's own legend, the contract's wording in Finnish: `viety suunnitellusti loppuun`. */
  long: string;
  /** The traffic light's colour: `vihreä`. */
  color: string;
}

/** Every word of every status, per language. */
export const STATUS_WORDING: Readonly<Record<Language, Readonly<Record<Status, StatusWording>>>> = {
  fi: {
    done: { short: 'Valmis', long: 'viety suunnitellusti loppuun', color: 'vihreä' },
    started: { short: 'Aloitettu', long: 'suunnitteluasteella tai aloitettu', color: 'keltainen' },
    'not-started': { short: 'Ei aloitettu', long: 'ei toteutunut tai ei aloitettu', color: 'punainen' },
    unassessed: { short: 'Ei arvioitu', long: 'ei arvioitu', color: 'harmaa' },
  },
  sv: {
    done: { short: 'Klar', long: 'genomförd enligt plan', color: 'grön' },
    started: { short: 'Påbörjad', long: 'under planering eller påbörjad', color: 'gul' },
    'not-started': { short: 'Inte påbörjad', long: 'inte genomförd eller inte påbörjad', color: 'röd' },
    unassessed: { short: 'Inte bedömd', long: 'inte bedömd', color: 'grå' },
  },
  en: {
    done: { short: 'Done', long: 'completed as planned', color: 'green' },
    started: { short: 'Started', long: 'being planned or started', color: 'yellow' },
    'not-started': { short: 'Not started', long: 'not done or not started', color: 'red' },
    unassessed: { short: 'Not assessed', long: 'not assessed', color: 'grey' },
  },
};

/** One word of every status in one language: `statusWordsIn('sv', 'color')` gives `{done: 'grön', …}`. */
export function statusWordsIn(language: Language, word: keyof StatusWording): Record<Status, string> {
  return Object.fromEntries(STATUSES.map((status) => [status, STATUS_WORDING[language][status][word]])) as Record<Status, string>;
}

/** The official Finnish wording of each status (the legend of the measure table). */
export const STATUS_LABELS_FI: Readonly<Record<Status, string>> = statusWordsIn('fi', 'long');

/** Population groups a measure can target; `''` means "not set". */
export const TARGET_GROUPS = ['children-youth', 'working-age', 'older-people', 'all'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
/** The stored value of a measure's `targetGroup`: a key, or `''` when not set. */
export type TargetGroupValue = TargetGroup | '';

export function isTargetGroup(value: unknown): value is TargetGroup {
  return typeof value === 'string' && (TARGET_GROUPS as readonly string[]).includes(value);
}

/** `isTargetGroup` or the empty string (not set). */
export function isTargetGroupValue(value: unknown): value is TargetGroupValue {
  return value === '' || isTargetGroup(value);
}

/** Canonical Finnish labels of the population groups. */
export const TARGET_GROUP_LABELS_FI: Readonly<Record<TargetGroup, string>> = {
  'children-youth': 'lapset ja nuoret',
  'working-age': 'työikäiset',
  'older-people': 'ikäihmiset',
  all: 'kaikki',
};

function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Word beginnings that name a group, in Finnish (any case ending: "lapsille",
 * "nuorten", "ikääntyneiden"), Swedish and English.
 */
const GROUP_STEMS: ReadonlyArray<readonly [TargetGroup, readonly string[]]> = [
  [
    'all',
    ['kaikk', 'kaikenikä', 'kuntalais', 'asukka', 'väestö', 'alla', 'all', 'everyone', 'everybody'],
  ],
  [
    'children-youth',
    [
      'laps', 'lasten', 'nuor', 'perhe', 'koululai', 'oppila', 'vauva',
      'barn', 'unga', 'ungdo', 'familj', 'child', 'kids', 'youth', 'young', 'famil', 'pupil',
    ],
  ],
  ['working-age', ['työikä', 'aikui', 'työssä', 'arbetsför', 'vuxn', 'working', 'adult']],
  [
    'older-people',
    [
      'ikäihmi', 'ikäänty', 'vanhu', 'senior', 'eläkel', 'iäkkä',
      'äldre', 'pensionär', 'older', 'elder', 'aged', 'old',
    ],
  ],
];

/**
 * Maps free text of a measure table ("lapset ja nuoret", "Ikäihmiset",
 * "kaikki ikäryhmät", "children-youth", "äldre") to a target group key.
 * Case-insensitive and tolerant of inflection and punctuation. One specific
 * group named gives that group; words for everybody ("kaikki", "koko väestö")
 * give `all`; several specific groups or none give `''` (not set).
 */
export function parseTargetGroup(text: unknown): TargetGroupValue {
  if (typeof text !== 'string') return '';
  const trimmed = text.trim().toLowerCase();
  if (isTargetGroup(trimmed)) return trimmed;
  const norm = normalize(text);
  if (norm === '') return '';
  for (const group of TARGET_GROUPS) {
    if (normalize(TARGET_GROUP_LABELS_FI[group]) === norm) return group;
  }
  // "eri ikäiset", "kaiken ikäiset", "koko väestö": everybody.
  if (/\b(eri|kaiken) ikäi/u.test(norm) || /\bkoko (väestö|kaupunki|kunta)/u.test(norm)) return 'all';

  const found = new Set<TargetGroup>();
  for (const word of norm.split(' ')) {
    for (const [group, stems] of GROUP_STEMS) {
      if (stems.some((stem) => (stem.length <= 3 ? word === stem : word.startsWith(stem)))) {
        found.add(group);
      }
    }
  }
  // "kaikki lapset", "työikäinen väestö": the one specific group named wins.
  const specific = [...found].filter((group) => group !== 'all');
  if (specific.length === 1) return specific[0] ?? '';
  if (found.has('all')) return 'all';
  return '';
}

/** Other words that people write in a status cell, and words the app printed before it settled on one wording. */
const STATUS_SYNONYMS: Readonly<Record<string, Status>> = {
  toteutunut: 'done', genomförd: 'done', completed: 'done',
  käynnissä: 'started', 'in progress': 'started',
  'ei toteutunut': 'not-started', 'inte genomförd': 'not-started', 'not done': 'not-started',
  gray: 'unassessed', arvioimatta: 'unassessed',
};

/**
 * Maps the text of a status cell to a status key: the keys themselves (any
 * case), any wording of `STATUS_WORDING` in any language (the short name, the
 * legend, the colour), a few synonyms, or empty text (`unassessed`). Unknown
 * text gives `undefined`.
 */
export function parseStatus(text: unknown): Status | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return DEFAULT_STATUS;
  if (isStatus(trimmed)) return trimmed;
  const norm = normalize(text);
  for (const status of STATUSES) {
    if (normalize(status) === norm) return status;
    for (const wording of Object.values(STATUS_WORDING)) {
      const { short, long, color } = wording[status];
      if ([short, long, color].some((word) => normalize(word) === norm)) return status;
    }
  }
  return STATUS_SYNONYMS[norm];
}

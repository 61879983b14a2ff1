/**
 * The closed vocabularies of a measure: its status (the traffic light of the
 * annual report) and the population group it targets.
 *
 * Only the canonical Finnish wording lives here (it is what the plan and its
 * exports print); the interface's labels in other languages live in the
 * client's i18n.
 */

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

/** The official Finnish wording of each status (the legend of the measure table). */
export const STATUS_LABELS_FI: Readonly<Record<Status, string>> = {
  done: 'viety suunnitellusti loppuun',
  started: 'suunnitteluasteella tai aloitettu',
  'not-started': 'ei toteutunut tai ei aloitettu',
  unassessed: 'ei arvioitu',
};

/** Finnish names of the traffic-light colours, for legends and exports. */
export const STATUS_COLOR_NAMES_FI: Readonly<Record<Status, string>> = {
  done: 'vihreä',
  started: 'keltainen',
  'not-started': 'punainen',
  unassessed: 'harmaa',
};

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

/**
 * Maps the text of a status cell to a status key: the keys themselves (any
 * case), the official Finnish wording, the colour (fi/sv/en), or empty text
 * (`unassessed`). Unknown text gives `undefined`.
 */
export function parseStatus(text: unknown): Status | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return DEFAULT_STATUS;
  if (isStatus(trimmed)) return trimmed;
  const norm = normalize(text);
  for (const status of STATUSES) {
    if (normalize(STATUS_LABELS_FI[status]) === norm) return status;
    if (normalize(status) === norm) return status;
  }
  const synonyms: Record<string, Status> = {
    green: 'done', vihreä: 'done', grön: 'done', valmis: 'done', toteutunut: 'done', klar: 'done',
    yellow: 'started', keltainen: 'started', gul: 'started', aloitettu: 'started', käynnissä: 'started',
    'in progress': 'started', 'not started': 'not-started', 'not done': 'not-started',
    red: 'not-started', punainen: 'not-started', röd: 'not-started', 'ei aloitettu': 'not-started',
    grey: 'unassessed', gray: 'unassessed', harmaa: 'unassessed', grå: 'unassessed',
    'not assessed': 'unassessed', 'ei arvioitu': 'unassessed', arvioimatta: 'unassessed',
  };
  return synonyms[norm];
}

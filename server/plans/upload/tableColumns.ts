/** The columns of a measure table, and how its header row may name them. */

export type Column = 'focusArea' | 'goal' | 'title' | 'responsible' | 'targetGroup' | 'project' | 'indicator' | 'schedule' | 'status' | 'statusNote';

/** Header names in Finnish, Swedish and English, compared without case, punctuation or spacing. */
const HEADER_ALIASES: Record<Column, string[]> = {
  focusArea: ['painopiste', 'painopistealue', 'yhteinen painopistealue', 'painopistealueet', 'fokusområde', 'fokusomrade', 'insatsområde', 'focus area', 'focusarea'],
  goal: ['tavoite', 'tavoitteet', 'mål', 'mal', 'goal', 'goals'],
  title: ['toimenpide', 'toimenpiteet', 'åtgärd', 'åtgärder', 'measure', 'measures', 'action'],
  responsible: ['vastuutaho', 'vastuutahot', 'vastuu', 'moniammatillinen vastuu', 'vastuuhenkilö', 'ansvarig', 'ansvar', 'responsible'],
  targetGroup: ['kohderyhmä', 'kohderyhmät', 'väestöryhmä', 'ikäryhmä', 'målgrupp', 'målgrupper', 'target group', 'target groups', 'targetgroup'],
  project: ['hanke', 'hankkeet', 'projekti', 'projektit', 'projekt', 'projekter', 'project', 'projects'],
  indicator: ['mittari', 'mittarit', 'indikaattori', 'indikator', 'indicator'],
  schedule: ['aikataulu', 'aikataulutus', 'tidtabell', 'schedule'],
  status: ['tila', 'liikennevalo', 'status', 'tilanne'],
  statusNote: ['tilan kuvaus', 'tilan selite', 'arvio', 'arviointi', 'huomiot', 'kommentti', 'lägesbeskrivning', 'status note', 'statusnote'],
};

export const normalizeHeader = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const ALIAS_TO_COLUMN = new Map<string, Column>(
  Object.entries(HEADER_ALIASES).flatMap(([column, aliases]) => aliases.map((a) => [normalizeHeader(a), column as Column])),
);

/** The columns a row names, each at the index of its first mention. */
export function columnsOf(row: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  row.forEach((text, index) => {
    const column = ALIAS_TO_COLUMN.get(normalizeHeader(text ?? ''));
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

/** The header row is the first that names the measure column. */
export const isHeaderRow = (row: string[]) => columnsOf(row).has('title');

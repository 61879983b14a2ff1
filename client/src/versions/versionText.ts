import type { TFunction } from 'i18next';
import type { VersionSummary } from '../api/versions';
import { formatDateTime } from '../i18n/dateTime';

// The server names the snapshots it takes itself in Finnish; they are shown in the reader's language.
const AUTO_LABEL = 'Automaattinen tallennus';
const BEFORE_RESTORE = 'Ennen palautusta: ';

/** A version's name as shown: the label its maker gave, or what an automatic snapshot is. */
export function versionLabel(version: Pick<VersionSummary, 'kind' | 'label'>, t: TFunction): string {
  if (version.kind !== 'auto') return version.label;
  if (version.label === AUTO_LABEL) return t('versions.autoLabel');
  if (version.label.startsWith(BEFORE_RESTORE)) {
    return t('versions.beforeRestore', { label: version.label.slice(BEFORE_RESTORE.length) });
  }
  return version.label;
}

/** One line naming a version in a list of choices: its name and when it was made. */
export function versionChoice(version: VersionSummary, t: TFunction, language: string): string {
  return t('versions.choice', { label: versionLabel(version, t), date: formatDateTime(version.createdAt, language) });
}

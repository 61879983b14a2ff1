import type { TFunction } from 'i18next';
import type { VersionSummary } from '../api/versions';
import { formatDateTime } from '../i18n/dateTime';
import { wordVersionLabel, type VersionName } from '../../../shared/versionLabel';

/**
 * A version's name as shown: the label its maker gave, or the server's name
 * for a snapshot it took itself, in the reader's language (from its
 * `labelKind`, or from the Finnish words of a snapshot stored before kinds).
 */
export function versionLabel(version: VersionName & { kind?: string }, t: TFunction): string {
  return wordVersionLabel(version, (key, values) => (values ? t(`versions.${key}`, values) : t(`versions.${key}`)));
}

/** One line naming a version in a list of choices: its name and when it was made. */
export function versionChoice(version: VersionSummary, t: TFunction, language: string): string {
  return t('versions.choice', { label: versionLabel(version, t), date: formatDateTime(version.createdAt, language) });
}

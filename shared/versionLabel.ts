/**
 * The names the server gives the snapshots it takes itself ("Automaattinen
 * tallennus", "Ennen palautusta: …"). They are stored as a kind plus data,
 * not only as words, so that every reader sees them in their own language;
 * the stored `label` keeps the Finnish wording for scripts, the audit trail
 * and the exports, which print Finnish. A label a person gave has no kind and
 * reads as written.
 */
import type { Language } from './languages';

export const SERVER_LABEL_KINDS = ['auto', 'before-restore'] as const;
export type ServerLabelKind = (typeof SERVER_LABEL_KINDS)[number];

/** A version's name: its stored label and, for a name the server made, what it is. */
export interface VersionName {
  label: string;
  labelKind?: ServerLabelKind;
  /** With `before-restore`: the version the restore brought back. */
  labelData?: RestoredVersion;
}

/** The version a restore brought back, as the snapshot taken just before the restore names it. */
export interface RestoredVersion extends VersionName {
  /** Absent in snapshots taken before names were stored as kinds (their label was only words). */
  id?: string;
  createdAt?: string;
}

/** The server's names in each language; `{{label}}` is the restored version's name. */
export const VERSION_LABEL_WORDING: Readonly<Record<Language, { autoLabel: string; beforeRestore: string }>> = {
  fi: { autoLabel: 'Automaattinen tallennus', beforeRestore: 'Ennen palautusta: {{label}}' },
  sv: { autoLabel: 'Automatisk sparning', beforeRestore: 'Före återställning: {{label}}' },
  en: { autoLabel: 'Automatic save', beforeRestore: 'Before restoring: {{label}}' },
};

/** Words for the server's names: the client's `t`, or `wordingIn(language)` on the server. */
export type VersionLabelWords = (key: 'autoLabel' | 'beforeRestore', values?: { label: string }) => string;

export function wordingIn(language: Language): VersionLabelWords {
  const wording = VERSION_LABEL_WORDING[language];
  // A function replacement: a label's `$&` or `$1` is text, not a pattern.
  return (key, values) => wording[key].replace('{{label}}', () => values?.label ?? '');
}

const LEGACY = VERSION_LABEL_WORDING.fi;
const LEGACY_BEFORE_RESTORE = LEGACY.beforeRestore.replace('{{label}}', '');

/**
 * A stored version's name with its kind: snapshots taken before names were
 * stored as kinds have only their Finnish words, which are read back here.
 * Only automatic snapshots can carry a server's name; a named version's
 * label is a person's, whatever it says.
 */
export function readVersionName(version: VersionName & { kind?: string }): VersionName {
  const { label, labelKind, labelData } = version;
  if (labelKind !== undefined) return labelData ? { label, labelKind, labelData } : { label, labelKind };
  if (version.kind !== 'auto') return { label };
  if (label === LEGACY.autoLabel) return { label, labelKind: 'auto' };
  if (label.startsWith(LEGACY_BEFORE_RESTORE)) {
    return { label, labelKind: 'before-restore', labelData: { label: label.slice(LEGACY_BEFORE_RESTORE.length) } };
  }
  return { label };
}

/** A version's name in words: a person's label as written, the server's names in the words of `words`. */
export function wordVersionLabel(version: VersionName & { kind?: string }, words: VersionLabelWords): string {
  const name = readVersionName(version);
  switch (name.labelKind) {
    case 'auto':
      return words('autoLabel');
    case 'before-restore':
      return name.labelData ? words('beforeRestore', { label: wordVersionLabel(name.labelData, words) }) : name.label;
    default:
      return name.label;
  }
}

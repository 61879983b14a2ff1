import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../api/versions';
import type { FieldControl } from '../components/FormField';
import { CURRENT } from '../routing/route';
import { versionChoice } from './versionText';

/** The field's id and description (see FormField), or just an id where a label points at it. */
type Control = Pick<FieldControl, 'id'> & Partial<FieldControl>;

interface Props extends Control {
  versions: readonly VersionSummary[];
  value: string;
  onChange: (value: string) => void;
  /** Offers the live plan (`current`) first. */
  withCurrent?: boolean;
}

/** A choice of version: named versions first, then the automatic snapshots, each newest first. */
export function VersionSelect({ versions, value, onChange, withCurrent = false, ...control }: Props) {
  const { t, i18n } = useTranslation();
  const named = versions.filter((version) => version.kind === 'named');
  const auto = versions.filter((version) => version.kind === 'auto');
  const option = (version: VersionSummary) => (
    <option key={version.id} value={version.id}>
      {versionChoice(version, t, i18n.language)}
    </option>
  );
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      {withCurrent && <option value={CURRENT}>{t('versions.current')}</option>}
      {named.length > 0 && <optgroup label={t('versions.namedGroup')}>{named.map(option)}</optgroup>}
      {auto.length > 0 && <optgroup label={t('versions.autoGroup')}>{auto.map(option)}</optgroup>}
    </select>
  );
}

import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../api/groups';
import { FormField } from '../components/FormField';
import '../components/forms.css';
import './planGroup.css';

interface Props {
  /** The groups the user may create a plan in (see plannableGroups). */
  groups: readonly GroupSummary[];
  /** A group id, or '' for a private draft. */
  value: string;
  onChange: (groupId: string) => void;
}

/** Whose plan a new plan is: one of the user's groups, or their private draft. */
export function PlanGroupSelect({ groups, value, onChange }: Props) {
  const { t } = useTranslation();
  // Nothing to choose: say where the plan goes instead of offering a one-item list.
  if (groups.length === 0) return <p className="field-hint">{t('groups.ofPlan.onlyDraft')}</p>;
  return (
    <FormField label={t('groups.ofPlan.choose')} hint={t('groups.ofPlan.hint')}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
          <option value="">{t('groups.ofPlan.draftOption')}</option>
        </select>
      )}
    </FormField>
  );
}

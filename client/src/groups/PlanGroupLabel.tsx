import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link';
import { groupHref } from '../routing/route';
import './planGroup.css';

interface Props {
  /** The plan's group, or null for a private draft. */
  group: { id: string; name: string } | null;
}

/** Under a plan's title on the plan list: whose plan it is, with a link to the group. */
export function PlanGroupLabel({ group }: Props) {
  const { t } = useTranslation();
  return (
    <span className="plan-group">
      {group ? (
        <>
          {t('groups.ofPlan.label')} <Link href={groupHref(group.id)}>{group.name}</Link>
        </>
      ) : (
        t('groups.ofPlan.privateDraft')
      )}
    </span>
  );
}

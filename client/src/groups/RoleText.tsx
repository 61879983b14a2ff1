import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles';

/** "Roolisi: puheenjohtaja"; an administrator outside the group sees their administrator rights instead. */
export function RoleText({ role }: { role: Role | null }) {
  const { t } = useTranslation();
  return <>{t('groups.yourRole', { role: role ? t(`groups.roles.${role}`) : t('groups.administrator') })}</>;
}

import { useTranslation } from 'react-i18next';
import { InputField } from '../components/FormField';

export interface UserDetails {
  name: string;
  email: string;
}

const FIELDS = [
  { key: 'name', type: 'text', maxLength: 200 },
  { key: 'email', type: 'email', maxLength: 320 },
] as const;

interface Props {
  value: UserDetails;
  onChange: (change: Partial<UserDetails>) => void;
}

/**
 * A person's name and e-mail address, as the administrator creates and edits
 * them; not the browser's own details, so nothing is filled in automatically.
 */
export function UserDetailsFields({ value, onChange }: Props) {
  const { t } = useTranslation();
  return FIELDS.map(({ key, type, maxLength }) => (
    <InputField
      key={key}
      label={t(`admin.users.${key}`)}
      type={type}
      required
      maxLength={maxLength}
      autoComplete="off"
      value={value[key]}
      onValue={(text) => onChange({ [key]: text })}
    />
  ));
}

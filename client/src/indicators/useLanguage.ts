import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../shared/languages';

/** The interface language, re-rendered when it changes: the server answers titles and charts in it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

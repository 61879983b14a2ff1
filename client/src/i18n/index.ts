import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fi } from './fi';
import { sv } from './sv';
import { en } from './en';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language is offered under its own name, so a reader finds theirs whatever is selected. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

const STORAGE_KEY = 'hyte.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'fi';
  } catch {
    // Storage can be blocked (privacy settings); Finnish is the default then.
    return 'fi';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

export async function initI18n(): Promise<void> {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Not remembering the choice is acceptable; the page still switches.
    }
  });
  await i18n.use(initReactI18next).init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'fi',
    interpolation: { escapeValue: false }, // React escapes already.
  });
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/languages';
import { getSettings, updateSettings } from './api';

/**
 * The language the user reads the app in is the one their e-mails are
 * written in: the server learns it when the page opens and whenever the
 * language is changed. A failure is left for the next time.
 */
export function useLanguageSync(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    let stored: string | null = null;
    const sync = (language: string) => {
      if (!isLanguage(language) || language === stored) return;
      stored = language;
      void updateSettings({ language }).catch(() => (stored = null));
    };
    void getSettings().then(
      (settings) => {
        stored = settings.language;
        sync(i18n.language);
      },
      () => undefined,
    );
    i18n.on('languageChanged', sync);
    return () => i18n.off('languageChanged', sync);
  }, [i18n]);
}

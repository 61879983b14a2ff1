import type { Messages } from './fi';

// Typed keys: a misspelt translation key fails the typecheck instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

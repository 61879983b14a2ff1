import type { Request } from 'express';
import { isLanguage, LANGUAGES, type Language } from '../../shared/languages';

/** The language of an answer: `?lang=`, else the first of fi/sv/en in Accept-Language, else Finnish. */
export function requestLanguage(req: Request, asked: Language | undefined): Language {
  if (asked) return asked;
  const accepted = req.acceptsLanguages([...LANGUAGES]);
  return isLanguage(accepted) ? accepted : 'fi';
}

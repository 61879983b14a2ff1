import type { TFunction } from 'i18next';

/** Past this many texts (about 30 labels for each of 1500 rows) the cache starts again: labels that name a title change as people type it. */
const MAX_TEXTS = 50_000;

/**
 * `t` that looks each text up once: the measure table asks for some thirty
 * labels per row at each render, and i18next resolves every call anew (key
 * parsing, fallbacks, interpolation), which cost more than rendering the row
 * itself. The same key with the same options gives the same text until the
 * language changes, and with it `t` and this wrapper.
 */
export function memoizedT(t: TFunction): TFunction {
  const texts = new Map<string, string>();
  // Called as the components call it; the typed keys are checked at their calls.
  const call = t as unknown as (key: unknown, options?: unknown) => unknown;
  const memo = (key: unknown, options?: unknown): unknown => {
    if (typeof key !== 'string' || (options !== undefined && (typeof options !== 'object' || options === null))) {
      return call(key, options);
    }
    let id: string;
    try {
      id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    } catch {
      return call(key, options);
    }
    const known = texts.get(id);
    if (known !== undefined) return known;
    const text = call(key, options);
    if (typeof text === 'string') {
      if (texts.size >= MAX_TEXTS) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
  return memo as unknown as TFunction;
}

import type { TFunction } from 'i18next';

/** Past this many texts (about 30 labels for each of 1500 rows) the cache starts again: labels that name a title change as people type it. */
const MAX_TEXTS = 50_000;

/** Options that steer i18next (plurals, context, fallbacks …) rather than fill in a text: a call with one is looked up whole. */
const STEERING = new Set([
  'count', 'context', 'ordinal', 'defaultValue', 'ns', 'lng', 'lngs', 'fallbackLng', 'keyPrefix', 'returnObjects',
  'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'replace', 'nsSeparator', 'keySeparator',
]);

/** Stands in for an option's value while the text is translated once as a template; no translation holds the character. */
const MARK = '\u0001';
const MARKED = /\u0001([^\u0001]*)\u0001/g;

type Values = Record<string, string | number>;

/** Options that only fill in values (strings and numbers), with the names in the order given. */
function fillingValues(options: object): Values | null {
  for (const [name, value] of Object.entries(options)) {
    if (STEERING.has(name) || (typeof value !== 'string' && typeof value !== 'number')) return null;
  }
  return options as Values;
}

function fill(template: string, values: Values): string {
  return template.replace(MARKED, (_, name: string) => String(values[name]));
}

/**
 * `t` that does i18next's work once per text: the measure table asks for some
 * thirty labels per row at each render, and i18next resolves every call anew
 * (key parsing, fallbacks, interpolation), which cost more than rendering the
 * row itself. A text that only fills in values ("Toimenpide {{n}}") is
 * translated once as a template, with marks for the values, and filled in
 * here for each row; one whose template does not give what i18next gives for
 * the first values asked (a value formatted as a number, say) is looked up
 * whole, as is any call with plurals or context, each key and options once.
 * The same calls give the same texts until the language changes, and with it
 * `t` and this wrapper.
 */
export function memoizedT(t: TFunction): TFunction {
  const texts = new Map<string, string>();
  /** By key and option names: the template, or null when it cannot be filled in here. */
  const templates = new Map<string, string | null>();
  // Called as the components call it; the typed keys are checked at their calls.
  const call = t as unknown as (key: unknown, options?: unknown) => unknown;

  const whole = (key: string, options: object | undefined): unknown => {
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

  const filled = (key: string, values: Values): unknown => {
    const id = `${key}\u0000${Object.keys(values).join('\u0000')}`;
    const template = templates.get(id);
    if (typeof template === 'string') return fill(template, values);
    if (template === null) return whole(key, values);
    const marks = Object.fromEntries(Object.keys(values).map((name) => [name, `${MARK}${name}${MARK}`]));
    const made = call(key, marks);
    const text = whole(key, values);
    templates.set(id, typeof made === 'string' && fill(made, values) === text ? made : null);
    return text;
  };

  const memo = (key: unknown, options?: unknown): unknown => {
    if (typeof key !== 'string' || (options !== undefined && (typeof options !== 'object' || options === null))) {
      return call(key, options);
    }
    const values = options === undefined ? null : fillingValues(options);
    return values ? filled(key, values) : whole(key, options as object | undefined);
  };
  return memo as unknown as TFunction;
}

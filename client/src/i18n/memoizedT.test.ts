import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { memoizedT } from './memoizedT';

async function setUp() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'fi',
    interpolation: { escapeValue: false },
    resources: {
      fi: {
        translation: {
          row: 'Toimenpide {{n}}',
          remove: 'Poista ”{{name}}” ({{n}})',
          plain: 'Tila',
          amount: 'Summa {{value, number}}',
          measures_one: '{{count}} toimenpide',
          measures_other: '{{count}} toimenpidettä',
        },
      },
    },
  });
  // The test's own keys, not the app's typed ones.
  const translate = i18n.t.bind(i18n) as unknown as (key: string, options?: object) => string;
  const t = vi.fn(translate);
  const memo = memoizedT(t as unknown as typeof i18n.t) as unknown as typeof translate;
  return { translate, t, memo };
}

describe('memoizedT', () => {
  it('gives what t gives, asking t for a template once and filling in the values itself', async () => {
    const { t, memo } = await setUp();
    expect(memo('row', { n: 3 })).toBe('Toimenpide 3');
    expect(memo('row', { n: 3 })).toBe('Toimenpide 3');
    expect(memo('row', { n: 4 })).toBe('Toimenpide 4');
    expect(memo('remove', { name: 'kaikki {{n}} $& toimialat', n: 12 })).toBe('Poista ”kaikki {{n}} $& toimialat” (12)');
    expect(memo('remove', { name: 'nuoret', n: 13 })).toBe('Poista ”nuoret” (13)');
    // The template and the first text for each key and option names; nothing after.
    expect(t).toHaveBeenCalledTimes(4);
    expect(memo('plain')).toBe('Tila');
    expect(memo('plain')).toBe('Tila');
    expect(t).toHaveBeenCalledTimes(5);
  });

  it('asks t for every new value where a template would not give the same (a formatted value, plurals)', async () => {
    const { translate, t, memo } = await setUp();
    for (const value of [1234.5, 1234.5, 99]) expect(memo('amount', { value })).toBe(translate('amount', { value }));
    for (const count of [1, 2, 2, 5]) expect(memo('measures', { count })).toBe(translate('measures', { count }));
    expect(memo('measures', { count: 1 })).toBe('1 toimenpide');
    // amount: the failed template and 1234.5 at once, 99; measures: 1, 2, 5.
    expect(t).toHaveBeenCalledTimes(6);
  });
});

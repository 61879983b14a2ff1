import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { memoizedT } from './memoizedT';

describe('memoizedT', () => {
  it('gives what t gives, asking t once per key and options', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'fi', resources: { fi: { translation: { row: 'Toimenpide {{n}}', plain: 'Tila' } } } });
    const t = vi.fn(i18n.t.bind(i18n));
    const memo = memoizedT(t as unknown as typeof i18n.t) as unknown as (key: string, options?: object) => string;
    expect(memo('row', { n: 3 })).toBe('Toimenpide 3');
    expect(memo('row', { n: 3 })).toBe('Toimenpide 3');
    expect(memo('row', { n: 4 })).toBe('Toimenpide 4');
    expect(memo('plain')).toBe('Tila');
    expect(memo('plain')).toBe('Tila');
    expect(t).toHaveBeenCalledTimes(3);
  });
});

import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../../shared/plan';
import { creatableLabel, exactMatch, foldLabel, matchOptions, searchable, type ComboOption } from './options';

const OPTIONS: ComboOption[] = [
  { id: 'a', label: 'Sivistystoimi' },
  { id: 'b', label: 'Nuorisopalvelut' },
  { id: 'c', label: 'Liikunta- ja nuorisotoimi' },
  { id: 'd', label: 'Kaupunkikehitys' },
  { id: 'e', label: 'Ikäihmisten palvelut' },
];
const INDEX = searchable(OPTIONS);
const labels = (typed: string, limit = 10) => matchOptions(INDEX, typed, limit).shown.map((o) => o.label);

describe('combobox options', () => {
  it('lists every option for an empty query, cut at the limit with the total kept', () => {
    expect(labels('')).toEqual(OPTIONS.map((o) => o.label));
    expect(matchOptions(INDEX, '  ', 2)).toEqual({ shown: OPTIONS.slice(0, 2), total: 5 });
  });

  it('puts labels that start with the query first, then those with a word that does, then the rest', () => {
    expect(labels('nuor')).toEqual(['Nuorisopalvelut', 'Liikunta- ja nuorisotoimi']);
    expect(labels('palvelut')).toEqual(['Ikäihmisten palvelut', 'Nuorisopalvelut']);
    expect(labels('TOIMI')).toEqual(['Sivistystoimi', 'Liikunta- ja nuorisotoimi']);
    expect(labels('ja nuor')).toEqual(['Liikunta- ja nuorisotoimi']);
  });

  it('ignores case and extra spaces but keeps ä apart from a', () => {
    expect(labels('  IKÄIHMISTEN   pal')).toEqual(['Ikäihmisten palvelut']);
    expect(labels('ikaihmisten')).toEqual([]);
    expect(foldLabel(' Lapset  ja\nNuoret ')).toBe('lapset ja nuoret');
  });

  it('counts every match even when fewer are shown', () => {
    expect(matchOptions(INDEX, 'i', 2)).toMatchObject({ total: 5 });
    expect(matchOptions(INDEX, 'i', 2).shown).toHaveLength(2);
  });

  it('offers to create what was typed unless an offered or chosen option has that name', () => {
    expect(creatableLabel('  Uusi   yhdistys ', OPTIONS, nameKey)).toBe('Uusi yhdistys');
    expect(creatableLabel('sivistystoimi.', OPTIONS, nameKey)).toBeNull();
    expect(creatableLabel('Kombi', [{ id: 'k', label: 'KOMBI' }], nameKey)).toBeNull();
    expect(creatableLabel('   ', OPTIONS, nameKey)).toBeNull();
    // A part of a name is a name of its own.
    expect(creatableLabel('Sivistys', OPTIONS, nameKey)).toBe('Sivistys');
  });

  it('finds the option named exactly as typed', () => {
    expect(exactMatch('nuorisopalvelut ', OPTIONS, nameKey)?.id).toBe('b');
    expect(exactMatch('nuoriso', OPTIONS, nameKey)).toBeUndefined();
    expect(exactMatch('', OPTIONS, nameKey)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { readVersionName, wordingIn, wordVersionLabel, type VersionName } from './versionLabel';

const fi = wordingIn('fi');
const sv = wordingIn('sv');
const en = wordingIn('en');

describe('version names', () => {
  it('words the server’s names in the reader’s language', () => {
    const auto: VersionName = { label: 'Automaattinen tallennus', labelKind: 'auto' };
    expect([fi, sv, en].map((words) => wordVersionLabel(auto, words))).toEqual([
      'Automaattinen tallennus',
      'Automatisk sparning',
      'Automatic save',
    ]);
    const beforeRestore: VersionName = {
      label: 'Ennen palautusta: Automaattinen tallennus',
      labelKind: 'before-restore',
      labelData: { id: 'v1', createdAt: '2026-06-12T10:00:00.000Z', label: 'Automaattinen tallennus', labelKind: 'auto' },
    };
    expect(wordVersionLabel(beforeRestore, fi)).toBe('Ennen palautusta: Automaattinen tallennus');
    expect(wordVersionLabel(beforeRestore, en)).toBe('Before restoring: Automatic save');
    expect(wordVersionLabel({ ...beforeRestore, labelData: { label: 'Valtuustolle $& $1' } }, sv)).toBe('Före återställning: Valtuustolle $& $1');
  });

  it('keeps a person’s label as written, whatever it says', () => {
    expect(wordVersionLabel({ kind: 'named', label: 'Automaattinen tallennus' }, en)).toBe('Automaattinen tallennus');
    expect(wordVersionLabel({ kind: 'named', label: 'Ennen palautusta: X' }, en)).toBe('Ennen palautusta: X');
    expect(readVersionName({ kind: 'named', label: 'Kaupunginvaltuustolle 12.6.2026' })).toEqual({ label: 'Kaupunginvaltuustolle 12.6.2026' });
  });

  it('reads snapshots stored before names had kinds from their Finnish words', () => {
    expect(readVersionName({ kind: 'auto', label: 'Automaattinen tallennus' })).toEqual({ label: 'Automaattinen tallennus', labelKind: 'auto' });
    expect(readVersionName({ kind: 'auto', label: 'Ennen palautusta: Valtuustolle' })).toEqual({
      label: 'Ennen palautusta: Valtuustolle',
      labelKind: 'before-restore',
      labelData: { label: 'Valtuustolle' },
    });
    expect(wordVersionLabel({ kind: 'auto', label: 'Ennen palautusta: Valtuustolle' }, en)).toBe('Before restoring: Valtuustolle');
    expect(readVersionName({ kind: 'auto', label: 'Jotain muuta' })).toEqual({ label: 'Jotain muuta' });
  });
});

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { versionLabel } from './versionText';

// Echoes the key and its values, so that the test sees which message was chosen.
const t = ((key: string, values?: Record<string, string>) => (values ? `${key}:${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe('versionLabel', () => {
  it('keeps the label of a named version as written', () => {
    expect(versionLabel({ kind: 'named', label: 'Automaattinen tallennus' }, t)).toBe('Automaattinen tallennus');
    expect(versionLabel({ kind: 'named', label: 'Kaupunginvaltuustolle 12.6.2026' }, t)).toBe('Kaupunginvaltuustolle 12.6.2026');
  });

  it('translates the names the server gives its own snapshots', () => {
    expect(versionLabel({ kind: 'auto', label: 'Automaattinen tallennus' }, t)).toBe('versions.autoLabel');
    expect(versionLabel({ kind: 'auto', label: 'Ennen palautusta: Valtuustolle' }, t)).toBe(
      'versions.beforeRestore:{"label":"Valtuustolle"}',
    );
  });

  it('words a name stored as a kind, the restored version’s own name included', () => {
    const restored = { id: 'v1', createdAt: '2026-06-12T10:00:00.000Z', label: 'Automaattinen tallennus', labelKind: 'auto' as const };
    expect(versionLabel({ kind: 'auto', label: 'Ennen palautusta: Automaattinen tallennus', labelKind: 'before-restore', labelData: restored }, t)).toBe(
      'versions.beforeRestore:{"label":"versions.autoLabel"}',
    );
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { PlanDocError, readBodyJSON, readPlanData, readPlanMeta, writeBodyJSON } from '../plan';
import { PORVOO_DEMO, seedDemoPlan } from './porvoo';

function plainText(node: JSONContent): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(plainText).join(node.type === 'doc' ? '\n' : ' ');
}

function headings(body: JSONContent): Array<[number, string]> {
  return (body.content ?? [])
    .filter((n) => n.type === 'heading')
    .map((n) => [Number(n.attrs?.level), plainText(n)]);
}

describe('the Porvoo demo plan', () => {
  it('seeds title, municipality, plan text and the measure table into an empty document', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const result = seedDemoPlan(doc, 'seed');
    expect(origins).toEqual(['seed']);
    expect(result).toMatchObject({ goals: 14, measures: 41 });

    expect(readPlanMeta(doc)).toMatchObject({ title: 'Porvoon kaupungin hyvinvointisuunnitelma', municipality: 'Porvoo' });
    const data = readPlanData(doc, 'demo');
    expect(data.title).toBe('Porvoon kaupungin hyvinvointisuunnitelma');
    expect(data.focusAreas.map((f) => f.title)).toEqual([
      '1. Asukkaiden osallisuus ja asiakaslähtöinen toiminta',
      '2. Ennaltaehkäisevät ja oikea-aikaiset palvelut',
      '3. Hyvinvointia tukeva ympäristö',
    ]);
    expect(data.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures))).toHaveLength(41);
    expect(readBodyJSON(doc)).toEqual(PORVOO_DEMO.body);

    // Another replica gets the same plan.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readPlanData(other, 'demo')).toEqual(data);
    expect(readBodyJSON(other)).toEqual(PORVOO_DEMO.body);
  });

  it('refuses a document that is not empty', () => {
    const doc = new Y.Doc();
    seedDemoPlan(doc);
    expect(() => seedDemoPlan(doc)).toThrow(PlanDocError);
    expect(readPlanData(doc, 'demo').focusAreas).toHaveLength(3);
  });

  it('has the plan text of seed 003 with its structure', () => {
    const body = PORVOO_DEMO.body;
    expect(headings(body)).toEqual([
      [1, 'Porvoon kaupungin hyvinvointisuunnitelma'],
      [2, '1 Aloitus'],
      [4, 'Hyvinvoinnin ja terveyden edistämisen ohjausryhmä'],
      [2, '2 Hyte-työn lakiperusta'],
      [3, '2.1 Kunnan hyte-työn lakiperusta'],
      [4, 'Kunnan hyvinvoinnin ja terveyden edistämisen tehtävät:'],
      [3, '2.2 Hyvinvointialueen hyte-työn lakiperusta'],
      [3, '2.3 HUS Perusterveydenhuolto'],
      [2, '3 Porvoon kaupungin hyvinvoinnin ja terveyden edistäminen jatkossa'],
      [2, '4 Hyvinvointipainopisteet yhteisenä työnä'],
      [3, '4.1 Hyvinvointityön raportointi ja arviointi'],
      [3, '4.2 Toimenpidetaulukko'],
    ]);
    const text = plainText(body);
    expect(text).toContain('väliarviointi kesken valtuustokauden');
    expect(text).toContain('Sivistysjohtaja Sari Gustafsson, puheenjohtaja');
    expect(text).toContain('Hyvinvointikoordinaattori Petra Bärlund-Hämäläinen, sihteeri');
    expect(text).toContain('William Edwards Demingin');
    expect(text).toContain('Asukkaiden osallisuus ja asiakaslähtöinen toiminta');
    for (const wording of ['viety suunnitellusti loppuun', 'suunnitteluasteella tai aloitettu', 'ei toteutunut tai ei aloitettu']) {
      expect(text).toContain(wording);
    }
    // Markup artefacts, the table of contents and the table itself are gone.
    expect(text).not.toMatch(/<\/?b>|\*\*|Aukkaiden|Sisällys|\.\.\.\.\.|Moniammatillinen vastuu/);
    expect(text).not.toMatch(/ {2}/);
    const lists = (body.content ?? []).filter((n) => n.type === 'bulletList' || n.type === 'orderedList');
    expect(lists.map((l) => l.content?.length)).toEqual([10, 7, 5, 12, 3, 3]);
  });

  it('stores the plan text in the normalised form that round-trips exactly', () => {
    const doc = new Y.Doc();
    writeBodyJSON(doc, PORVOO_DEMO.body);
    expect(readBodyJSON(doc)).toEqual(PORVOO_DEMO.body);
  });

  const sample = '/work/shared/samples/porvoo-toimenpidetaulukko.json';
  it.skipIf(!existsSync(sample))('keeps the measure table identical to the shared sample', () => {
    const copy = fileURLToPath(new URL('./porvoo-measures.json', import.meta.url));
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(sample, 'utf8'));
  });
});

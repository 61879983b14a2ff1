import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import porvoo from '../demo/porvoo-measures.json';
import { addFocusArea, isPlanDocEmpty } from './doc';
import {
  IMPORT_LIMITS,
  importMeasureTable,
  MeasureTableError,
  measureTableInputSchema,
  parseMeasureTable,
} from './import';
import { readPlanData } from './read';

function table(measures: unknown[]) {
  return {
    focusAreas: [
      {
        title: 'F',
        goals: [
          { title: 'G0', measures: [{ title: 'ok' }] },
          { title: 'G1', measures },
        ],
      },
    ],
  };
}

describe('measureTableInputSchema', () => {
  it('accepts the Porvoo sample with its extra top-level keys', () => {
    const parsed = measureTableInputSchema.parse(porvoo);
    expect(parsed.focusAreas).toHaveLength(3);
    expect(Object.keys(parsed)).toEqual(['focusAreas']);
  });

  it('rejects a bad measure with a message naming its path', () => {
    const result = parseMeasureTable(table([{ title: 'a' }, { title: 'b' }, { title: '   ' }]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toEqual(['focusAreas.0.goals.1.measures.2.title']);
    expect(result.error).toContain('focusAreas.0.goals.1.measures.2.title');
    expect(result.error).toContain('must not be empty');
  });

  it.each([
    [{}, 'focusAreas'],
    [{ focusAreas: 'x' }, 'focusAreas'],
    [{ focusAreas: [{ goals: [] }] }, 'focusAreas.0.title'],
    [{ focusAreas: [{ title: 'F', goals: [{ title: 'G', measures: [{ title: 1 }] }] }] }, 'focusAreas.0.goals.0.measures.0.title'],
    [table([{ title: 'x', status: 'purple' }]), 'focusAreas.0.goals.1.measures.0.status'],
    [table([{ title: 'x', responsible: 'r'.repeat(10_001) }]), 'focusAreas.0.goals.1.measures.0.responsible'],
    [table([{ title: 'x', indicator: {} }]), 'focusAreas.0.goals.1.measures.0.indicator'],
    [table(Array.from({ length: 2001 }, () => ({ title: 'x' }))), 'focusAreas.0.goals.1.measures'],
    [{ focusAreas: Array.from({ length: 201 }, () => ({ title: 'F' })) }, 'focusAreas'],
  ])('rejects %#: path %s', (input, path) => {
    const result = parseMeasureTable(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => i.path)).toContain(path);
  });

  it('bounds the total size', () => {
    const goals = Array.from({ length: 500 }, () => ({ title: 'G', measures: Array.from({ length: 41 }, () => ({ title: 'm' })) }));
    const result = parseMeasureTable({ focusAreas: [{ title: 'F', goals }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toContain(`at most ${IMPORT_LIMITS.totalMeasures} measures`);
  });

  it('keeps target groups as written, maps statuses, trims texts, defaults the rest', () => {
    const parsed = measureTableInputSchema.parse(
      table([
        { title: '  Toimenpide  ', targetGroup: 'Lapset ja nuoret', status: 'done', schedule: 2025, extra: 1 },
        { title: 'T2', targetGroup: 'marsilaiset', status: 'Suunnitteluasteella tai aloitettu', responsible: null },
      ]),
    );
    expect(parsed.focusAreas[0]!.goals[1]!.measures).toEqual([
      {
        title: 'Toimenpide',
        responsible: '',
        targetGroup: 'Lapset ja nuoret',
        project: '',
        indicator: '',
        schedule: '2025',
        status: 'done',
        statusNote: '',
      },
      {
        title: 'T2',
        responsible: '',
        targetGroup: 'marsilaiset',
        project: '',
        indicator: '',
        schedule: '',
        status: 'started',
        statusNote: '',
      },
    ]);
  });
});

describe('importMeasureTable', () => {
  it('writes the table in one transaction with the origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const result = importMeasureTable(doc, porvoo, 'import');
    expect(origins).toEqual(['import']);
    expect(result).toMatchObject({ goals: 14, measures: 41 });
    expect(result.focusAreaIds).toEqual(readPlanData(doc, 'p').focusAreas.map((f) => f.id));
  });

  it('appends after existing focus areas', () => {
    const doc = new Y.Doc();
    addFocusArea(doc, { title: 'Olemassa oleva' });
    importMeasureTable(doc, porvoo);
    importMeasureTable(doc, { focusAreas: [{ title: 'Viimeinen', goals: [] }] });
    const titles = readPlanData(doc, 'p').focusAreas.map((f) => f.title);
    expect(titles[0]).toBe('Olemassa oleva');
    expect(titles.slice(1, 4)).toEqual(porvoo.focusAreas.map((f) => f.title));
    expect(titles[4]).toBe('Viimeinen');
  });

  it('writes nothing for bad input', () => {
    const doc = new Y.Doc();
    expect(() => importMeasureTable(doc, table([{ title: 'ok' }, { title: '' }]))).toThrow(MeasureTableError);
    try {
      importMeasureTable(doc, table([{ title: 'ok' }, { title: '' }]));
    } catch (error) {
      expect((error as MeasureTableError).code).toBe('invalid');
      expect((error as MeasureTableError).message).toContain('focusAreas.0.goals.1.measures.1.title');
    }
    expect(isPlanDocEmpty(doc)).toBe(true);
  });
});

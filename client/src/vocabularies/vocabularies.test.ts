import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, addGoal, addMeasure, createEntry, readPlanData, updateEntry } from '../../../shared/plan';
import { parseProjectImport } from './projectImportInput';
import { VocabularyStore } from './useLiveVocabularies';
import { mergedCount, usageOf, vocabularyView } from './vocabularyView';

function plan() {
  const doc = new Y.Doc();
  const goal = addGoal(doc, addFocusArea(doc, { title: 'Painopiste' }), { title: 'Tavoite' });
  const first = addMeasure(doc, goal, { title: 'Liikuntaryhmät', responsible: 'Liikuntapalvelut, Nuorisopalvelut', targetGroup: 'lapset ja nuoret' });
  const second = addMeasure(doc, goal, { title: 'Nuorisotilat', responsible: 'Nuorisopalvelut' });
  const party = (name: string) => readPlanData(doc, 'p').parties!.find((p) => p.name === name)!.id;
  return { doc, first, second, liikunta: party('Liikuntapalvelut'), nuoriso: party('Nuorisopalvelut') };
}

describe('the vocabularies page’s view of a plan', () => {
  afterEach(() => vi.useRealTimers());

  it('counts the measures naming each entry, the lead ones, and what a merge leaves', () => {
    const { doc, first, second, liikunta, nuoriso } = plan();
    createEntry(doc, 'party', { name: 'Kulttuuripalvelut' });
    const view = vocabularyView(readPlanData(doc, 'p'));
    expect(view.parties.map((p) => p.name)).toEqual(['Liikuntapalvelut', 'Nuorisopalvelut', 'Kulttuuripalvelut']);
    expect(usageOf(view, 'party', liikunta)).toEqual({ measures: [{ id: first, title: 'Liikuntaryhmät' }], lead: 1 });
    expect(usageOf(view, 'party', nuoriso)).toEqual({ measures: [{ id: first, title: 'Liikuntaryhmät' }, { id: second, title: 'Nuorisotilat' }], lead: 1 });
    expect(usageOf(view, 'party', view.parties[2]!.id)).toEqual({ measures: [], lead: 0 });
    // Both name the first measure: merged, they have two measures, not three.
    expect(mergedCount(view, 'party', liikunta, nuoriso)).toBe(2);
    const group = view.targetGroups.find((g) => g.name === 'lapset ja nuoret')!;
    expect(usageOf(view, 'targetGroup', group.id).measures).toHaveLength(1);
  });

  it('follows the document in batches while subscribed, and reads it anew after', () => {
    vi.useFakeTimers();
    const { doc, nuoriso } = plan();
    const store = new VocabularyStore(doc, 'p');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getView();
    updateEntry(doc, 'party', nuoriso, { name: 'Nuorisotoimi' });
    updateEntry(doc, 'party', nuoriso, { contacts: [{ name: 'Aino', email: 'aino@kunta.fi' }] });
    expect(store.getView()).toBe(before);
    vi.advanceTimersByTime(200);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getView().parties.find((p) => p.id === nuoriso)).toEqual({ id: nuoriso, name: 'Nuorisotoimi', contacts: [{ name: 'Aino', email: 'aino@kunta.fi' }] });
    unsubscribe();
    updateEntry(doc, 'party', nuoriso, { name: 'Nuoriso' });
    vi.advanceTimersByTime(200);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getView().parties.find((p) => p.id === nuoriso)?.name).toBe('Nuoriso');
  });
});

describe('reading projects to import', () => {
  it('takes Pori’s file as it is, and a bare list', () => {
    const pori = readFileSync(new URL('../../../shared/plan/fixtures/pori-hankkeet.json', import.meta.url), 'utf8');
    const parsed = parseProjectImport(pori);
    expect(parsed.ok && parsed.input.projects).toHaveLength(30);
    const list = parseProjectImport(JSON.stringify([{ name: ' Healint ', start: 2017 }]));
    expect(list).toEqual({ ok: true, input: { projects: [{ name: 'Healint', description: '', start: '2017', end: '', funding: '', url: '' }] } });
  });

  it('names every fault with the project it is in', () => {
    expect(parseProjectImport('{"projects": [')).toMatchObject({ ok: false, problems: [{ kind: 'notJson' }] });
    expect(parseProjectImport('{}')).toEqual({ ok: false, problems: [{ kind: 'shape' }] });
    expect(parseProjectImport('{"projects": []}')).toEqual({ ok: false, problems: [{ kind: 'empty' }] });
    expect(parseProjectImport('x'.repeat(2_000_001))).toEqual({ ok: false, problems: [{ kind: 'tooLarge' }] });
    const bad = parseProjectImport(
      JSON.stringify({ projects: [{ name: 'Hyvä' }, { description: 'ei nimeä' }, { name: 'Linkki', url: 'javascript:alert(1)' }, { name: 'Vuosi', start: { y: 1 } }, 7, { name: 'Pitkä', funding: 'x'.repeat(20_001) }] }),
    );
    expect(bad).toEqual({
      ok: false,
      problems: [
        { kind: 'project', number: 2, name: '', field: 'name', reason: 'missing' },
        { kind: 'project', number: 3, name: 'Linkki', field: 'url', reason: 'url' },
        { kind: 'project', number: 4, name: 'Vuosi', field: 'start', reason: 'type' },
        { kind: 'project', number: 5, name: '', field: null, reason: 'type' },
        { kind: 'project', number: 6, name: 'Pitkä', field: 'funding', reason: 'tooLong' },
      ],
    });
  });
});

import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addFocusArea,
  addGoal,
  addMeasure,
  createEntry,
  deleteGoal,
  editEntityText,
  getGoalMap,
  getVocabularyMap,
  moveMeasure,
  readPlanData,
  setMeasureField,
  setMeasureProjects,
} from '../../../shared/plan';
import { PlanTableStore } from './planTableStore';

/** What the store holds of readPlanData: the table, without the vocabularies' lists. */
function tableOf(doc: Y.Doc) {
  const { id, title, focusAreas } = readPlanData(doc, 'p1');
  return { id, title, focusAreas };
}

/** A plan of two focus areas with two goals of three measures each, and a peer that has it too. */
function setup() {
  const peer = new Y.Doc();
  const ids: { focusAreas: string[]; goals: string[]; measures: string[] } = { focusAreas: [], goals: [], measures: [] };
  for (let f = 0; f < 2; f++) {
    const fa = addFocusArea(peer, { title: `Painopiste ${f + 1}` });
    ids.focusAreas.push(fa);
    for (let g = 0; g < 2; g++) {
      const goal = addGoal(peer, fa, { title: `Tavoite ${f + 1}.${g + 1}` });
      ids.goals.push(goal);
      for (let m = 0; m < 3; m++) ids.measures.push(addMeasure(peer, goal, { title: `Toimenpide ${m + 1}`, responsible: 'sivistystoimi' }));
    }
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
  // Frames are run by hand: `frame()` hands on what arrived since the last one.
  const frames: Array<() => void> = [];
  const store = new PlanTableStore(doc, 'p1', (flush) => frames.push(flush));
  const frame = () => frames.splice(0).forEach((flush) => flush());
  /** The peer's change, arriving here as a remote update. */
  const remote = (change: (peerDoc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(doc);
    change(peer);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'provider');
  };
  return { doc, peer, store, ids, frame, remote, frames };
}

describe('the plan table store', () => {
  it('reads the plan as readPlanData does', () => {
    const { doc, store } = setup();
    expect(store.getData()).toEqual(tableOf(doc));
  });

  it('changes only the changed measure’s objects for a remote status change, once the frame comes', () => {
    const { doc, store, ids, frame, remote } = setup();
    const before = store.getData();
    const outline = store.getOutline();
    const [first, second] = ids.measures;
    const firstBefore = store.getMeasure(first!);
    const secondBefore = store.getMeasure(second!);
    const onFirst = vi.fn();
    const onSecond = vi.fn();
    const onAny = vi.fn();
    store.subscribeMeasure(first!, onFirst);
    store.subscribeMeasure(second!, onSecond);
    store.subscribe(onAny);

    remote((peer) => setMeasureField(peer, first!, 'status', 'done'));
    // Nothing is handed on before the frame.
    expect(store.getMeasure(first!)).toBe(firstBefore);
    expect(onAny).not.toHaveBeenCalled();
    frame();

    expect(store.getMeasure(first!)?.status).toBe('done');
    expect(store.getMeasure(first!)).not.toBe(firstBefore);
    expect(store.getMeasure(second!)).toBe(secondBefore);
    expect(onFirst).toHaveBeenCalledTimes(1);
    expect(onSecond).not.toHaveBeenCalled();
    expect(onAny).toHaveBeenCalledTimes(1);
    // The shape did not change: the same outline; the other goal and focus area are the same objects.
    expect(store.getOutline()).toBe(outline);
    const after = store.getData();
    expect(after.focusAreas[0]!.goals[0]).not.toBe(before.focusAreas[0]!.goals[0]);
    expect(after.focusAreas[0]!.goals[1]).toBe(before.focusAreas[0]!.goals[1]);
    expect(after.focusAreas[1]).toBe(before.focusAreas[1]);
    expect(after).toEqual(tableOf(doc));
  });

  it('hands on a burst of remote edits in one batch per frame', () => {
    const { store, ids, frame, remote, frames } = setup();
    const onAny = vi.fn();
    store.subscribe(onAny);
    for (const id of ids.measures) remote((peer) => setMeasureField(peer, id, 'status', 'started'));
    expect(frames).toHaveLength(1);
    frame();
    expect(onAny).toHaveBeenCalledTimes(1);
    expect(ids.measures.every((id) => store.getMeasure(id)?.status === 'started')).toBe(true);
  });

  it('hands on this person’s own changes at once', () => {
    const { doc, store, ids, frames } = setup();
    const onFirst = vi.fn();
    store.subscribeMeasure(ids.measures[0]!, onFirst);
    setMeasureField(doc, ids.measures[0]!, 'schedule', 'kevät 2027');
    expect(frames).toHaveLength(0);
    expect(onFirst).toHaveBeenCalledTimes(1);
    expect(store.getMeasure(ids.measures[0]!)?.schedule).toBe('kevät 2027');
  });

  it('sees text typed into a measure, and keeps the outline', () => {
    const { doc, store, ids } = setup();
    const outline = store.getOutline();
    editEntityText(doc, { kind: 'measure', id: ids.measures[2]!, field: 'statusNote' }, 'Aloitettu syksyllä', 17);
    expect(store.getMeasure(ids.measures[2]!)?.statusNote).toBe('Aloitettu syksyllä');
    expect(store.getOutline()).toBe(outline);
  });

  it('changes the outline for a move, keeping the moved measure’s object', () => {
    const { doc, store, ids, frame, remote } = setup();
    const outline = store.getOutline();
    const moved = store.getMeasure(ids.measures[0]!);
    remote((peer) => moveMeasure(peer, ids.measures[0]!, { goalId: ids.goals[3]!, index: 0 }));
    frame();
    expect(store.getOutline()).not.toBe(outline);
    expect(store.getOutline().focusAreas[1]!.goals[1]!.measures[0]!.id).toBe(ids.measures[0]);
    // The focus area the move did not touch keeps its outline.
    expect(store.getOutline().focusAreas[1]!.goals[0]).toBe(outline.focusAreas[1]!.goals[0]);
    expect(store.getMeasure(ids.measures[0]!)).toBe(moved);
    expect(store.getData()).toEqual(tableOf(doc));
  });

  it('reads every measure’s names again when a party is renamed', () => {
    const { doc, store, ids, frame, remote } = setup();
    const party = readPlanData(doc, 'p1').parties?.[0];
    expect(party?.name).toBe('sivistystoimi');
    // The name alone, as a peer's rename reaches the party's entry: the measures refer to it by id.
    remote((peer) => (getVocabularyMap(peer, 'party').get(party!.id) as Y.Map<unknown>).set('name', 'Sivistyspalvelut'));
    frame();
    expect(ids.measures.every((id) => store.getMeasure(id)?.responsible === 'Sivistyspalvelut')).toBe(true);
    expect(store.getData()).toEqual(tableOf(doc));
  });

  it('follows additions and deletions, and leaves out orphans as readPlanData does', () => {
    const { doc, store, ids, frame, remote } = setup();
    remote((peer) => addMeasure(peer, ids.goals[1]!, { title: 'Uusi', status: 'done' }));
    remote((peer) => deleteGoal(peer, ids.goals[2]!));
    // A measure whose goal is gone (a peer added it while another deleted the goal).
    remote((peer) => {
      const goal = addGoal(peer, ids.focusAreas[0]!, { title: 'Poistuva' });
      addMeasure(peer, goal, { title: 'Orpo' });
      getGoalMap(peer).delete(goal);
    });
    frame();
    expect(store.getData()).toEqual(tableOf(doc));
    expect(store.getMeasure(ids.measures[6]!)).toBeUndefined();
  });

  it('keeps each vocabulary’s list the same until one of its entries changes', () => {
    const { store, frame, remote } = setup();
    const parties = store.getVocabulary('party');
    const groups = store.getVocabulary('targetGroup');
    expect(parties.map((p) => p.name)).toEqual(['sivistystoimi']);
    const onVocabulary = vi.fn();
    store.subscribeVocabulary(onVocabulary);
    remote((peer) => setMeasureField(peer, readPlanData(peer, 'p1').focusAreas[0]!.goals[0]!.measures[0]!.id, 'status', 'done'));
    frame();
    expect(store.getVocabulary('party')).toBe(parties);
    expect(onVocabulary).not.toHaveBeenCalled();
    remote((peer) => createEntry(peer, 'party', { name: 'Nuorisopalvelut' }));
    frame();
    expect(store.getVocabulary('party').map((p) => p.name)).toEqual(['sivistystoimi', 'Nuorisopalvelut']);
    // The groups did not change: the same array, for the pickers that show them.
    expect(store.getVocabulary('targetGroup')).toBe(groups);
    expect(onVocabulary).toHaveBeenCalledTimes(1);
  });

  it('keeps a measure’s lists that did not change when another of its fields does', () => {
    const { doc, store, ids } = setup();
    const before = store.getMeasure(ids.measures[0]!)!;
    setMeasureField(doc, ids.measures[0]!, 'status', 'started');
    const after = store.getMeasure(ids.measures[0]!)!;
    expect(after).not.toBe(before);
    expect(after.responsibleParties).toBe(before.responsibleParties);
    const project = createEntry(doc, 'project', { name: 'Aspu' }).id;
    setMeasureProjects(doc, ids.measures[0]!, [project]);
    const withProject = store.getMeasure(ids.measures[0]!)!;
    expect(withProject.projects).toEqual([{ id: project, name: 'Aspu' }]);
    expect(withProject.responsibleParties).toBe(before.responsibleParties);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDemoPlan } from '../../shared/demo/porvoo';
import { BODY_FIELD } from '../../shared/editor/planTextExtensions';
import { getMeasureMap, readPlanData, setMeasureField, STATUSES } from '../../shared/plan';
import { decodeUpdateOnce } from './decodedUpdate';
import { leavesRootAlone } from './updateReach';

function server() {
  const live = new Y.Doc();
  seedDemoPlan(live);
  return live;
}

/** The updates a replica of `live` sends for `edit`. */
function updatesOf(live: Y.Doc, edit: (doc: Y.Doc) => void, replica = copyOf(live)): Uint8Array[] {
  const sent: Uint8Array[] = [];
  const listener = (update: Uint8Array) => sent.push(update);
  replica.on('update', listener);
  edit(replica);
  replica.off('update', listener);
  return sent;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const leaves = (live: Y.Doc, update: Uint8Array) => leavesRootAlone(live, decodeUpdateOnce(update)!, BODY_FIELD);
const firstMeasure = (doc: Y.Doc) => readPlanData(doc, 'test').focusAreas[0]!.goals[0]!.measures[0]!.id;
/** Types a character into the first block of the plan text that holds text. */
const typeInBody = (doc: Y.Doc) => {
  const block = doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .find((node) => node instanceof Y.XmlElement && node.get(0) instanceof Y.XmlText) as Y.XmlElement;
  (block.get(0) as Y.XmlText).insert(0, 'x');
};

describe('leavesRootAlone', () => {
  it('tells a status change and a measure title edit from the plan text cheaply', () => {
    const live = server();
    const id = firstMeasure(live);
    for (const update of updatesOf(live, (d) => setMeasureField(d, id, 'status', STATUSES[2]!))) expect(leaves(live, update)).toBe(true);
    for (const update of updatesOf(live, (d) => setMeasureField(d, id, 'title', 'Uusi otsikko'))) expect(leaves(live, update)).toBe(true);
  });

  it('sends every edit of the plan text to the full check', () => {
    const live = server();
    const body = () => live.getXmlFragment(BODY_FIELD);
    expect(updatesOf(live, typeInBody).every((u) => !leaves(live, u))).toBe(true);
    expect(updatesOf(live, (d) => d.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement('paragraph')])).every((u) => !leaves(live, u))).toBe(true);
    expect(body().length).toBeGreaterThan(1);
    expect(updatesOf(live, (d) => d.getXmlFragment(BODY_FIELD).delete(0, 1)).every((u) => !leaves(live, u))).toBe(true);
  });

  it('checks in full while the document holds back structs that an update could release', () => {
    const live = server();
    const id = firstMeasure(live);
    const replica = copyOf(live);
    const [status] = updatesOf(live, (d) => setMeasureField(d, id, 'status', STATUSES[1]!), replica);
    const [text] = updatesOf(live, typeInBody, replica);
    // The text edit comes first and waits for the status change, its predecessor of the same client.
    Y.applyUpdate(live, text!);
    expect(live.store.pendingStructs).not.toBeNull();
    expect(leaves(live, status!)).toBe(false);
  });

  it('never lets through an update that changes the plan text (random edits of table and text)', () => {
    const live = server();
    // mulberry32: repeatable, and its low bits are as random as its high ones.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    let skipped = 0;
    for (let round = 0; round < 300; round++) {
      const ids = [...getMeasureMap(live).keys()];
      const id = ids[random(ids.length)]!;
      const edits: ((d: Y.Doc) => void)[] = [
        (d) => setMeasureField(d, id, 'status', STATUSES[random(STATUSES.length)]!),
        (d) => setMeasureField(d, id, 'title', `Otsikko ${round}`),
        typeInBody,
        (d) => d.getXmlFragment(BODY_FIELD).insert(random(2), [new Y.XmlElement('paragraph')]),
        (d) => d.getXmlFragment(BODY_FIELD).length > 3 && d.getXmlFragment(BODY_FIELD).delete(random(3), 1),
        (d) => d.transact(() => (setMeasureField(d, id, 'status', STATUSES[0]!), typeInBody(d))),
      ];
      const kind = random(edits.length);
      for (const update of updatesOf(live, edits[kind]!)) {
        const before = live.getXmlFragment(BODY_FIELD).toString();
        const said = leaves(live, update);
        Y.applyUpdate(live, update);
        if (said) {
          skipped++;
          expect(live.getXmlFragment(BODY_FIELD).toString()).toBe(before);
        }
      }
    }
    expect(skipped).toBeGreaterThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDemoPlan } from '../../shared/demo/porvoo';
import { BodyMirror } from './bodyMirror';

/**
 * The server's plan document (`live`) with its mirror. Each `send` edits a
 * fresh client replica of `live` (a refused client's later updates could never
 * be applied: Yjs takes each client's changes in order, and the server closes
 * its connection anyway) and offers the update to the server: checked and, if
 * accepted, applied to `live`, as the validation extension and Hocuspocus do.
 */
function setup() {
  const live = new Y.Doc();
  seedDemoPlan(live);
  const mirror = new BodyMirror(live);
  const replica = () => {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
    return client;
  };
  /** The problem found in each update the edit made, `null` for each accepted one. */
  const send = (edit: (body: Y.XmlFragment) => void): (string | null)[] => {
    const client = replica();
    const sent: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => sent.push(update));
    edit(client.getXmlFragment('body'));
    return sent.map((update) => {
      const problem = mirror.check(update);
      if (!problem) Y.applyUpdate(live, update);
      return problem;
    });
  };
  return { live, mirror, replica, send, body: () => live.getXmlFragment('body').toString() };
}

const paragraphWith = (text: string) => {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
};

function firstText(body: Y.XmlFragment): Y.XmlText {
  const paragraph = body.toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === 'paragraph') as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

describe('the body mirror', () => {
  it('accepts typing, formatting, new and deleted blocks, and an emptied text', () => {
    const { send, live } = setup();
    expect(send((body) => firstText(body).insert(0, 'Uusi alku. '))).toEqual([null]);
    expect(send((body) => firstText(body).format(0, 4, { bold: {} }))).toEqual([null]);
    expect(send((body) => body.insert(1, [paragraphWith('Lisätty kappale')]))).toEqual([null]);
    expect(send((body) => body.delete(0, 3))).toEqual([null]);
    expect(send((body) => body.delete(0, body.length))).toEqual([null]);
    expect(live.getXmlFragment('body').length).toBe(0);
  });

  it('refuses an out-of-bounds attribute, an unknown node or mark, and content y-prosemirror never writes', () => {
    const { send, body } = setup();
    const before = body();
    expect(send((b) => (b.get(0) as Y.XmlElement).setAttribute('level', 1e9 as unknown as string))).toEqual([expect.stringMatching(/level/)]);
    expect(send((b) => b.insert(0, [new Y.XmlElement('script')]))).toEqual([expect.stringMatching(/unknown node/)]);
    expect(send((b) => firstText(b).format(0, 2, { textStyle: { color: 'red' } }))).toEqual([expect.stringMatching(/unknown mark/)]);
    expect(send((b) => firstText(b).insertEmbed(0, { image: 'x' }))).toEqual([expect.stringMatching(/unknown node/)]);
    expect(send((b) => b.insert(0, [new Y.XmlText('irrallinen')]))).toEqual([expect.stringMatching(/not a block/)]);
    expect(body()).toBe(before);
  });

  it('refuses what breaks a block deep inside it: an emptied table cell, an unknown attribute in a nested list', () => {
    const { send } = setup();
    const list = (b: Y.XmlFragment) => b.toArray().find((node) => (node as Y.XmlElement).nodeName === 'bulletList') as Y.XmlElement;
    expect(send((b) => ((list(b).get(2) as Y.XmlElement).get(0) as Y.XmlElement).setAttribute('style', 'x'))).toEqual([
      expect.stringMatching(/unknown attribute/),
    ]);
    expect(send((b) => (list(b).get(2) as Y.XmlElement).delete(0, 1))).toEqual([expect.stringMatching(/schema/)]);
  });

  it('finds hostile content that arrives in two updates, the second naming the first one’s parent', () => {
    const { replica, mirror, live, body } = setup();
    const client = replica();
    const before = body();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    const paragraph = paragraphWith('kaksiosainen');
    client.getXmlFragment('body').insert(0, [paragraph]);
    paragraph.setAttribute('onclick', 'alert(1)');
    const [insert, attribute] = updates as [Uint8Array, Uint8Array];
    // Sent the other way round, the attribute's parent is unknown: Yjs keeps it pending, harmless for now.
    expect(mirror.check(attribute)).toBeNull();
    Y.applyUpdate(live, attribute);
    expect(body()).toBe(before);
    expect(mirror.check(insert)).toMatch(/unknown attribute/);
  });

  it('keeps in step with the server’s own edits and recovers after a refusal', () => {
    const { live, send } = setup();
    live.getXmlFragment('body').insert(0, [paragraphWith('Palvelimen kappale')]);
    expect(send((b) => b.insert(0, [new Y.XmlElement('marquee')]))).toEqual([expect.stringMatching(/unknown/)]);
    expect(send((b) => firstText(b).insert(0, 'jatkuu '))).toEqual([null]);
    expect(live.getXmlFragment('body').toString()).toContain('jatkuu Palvelimen kappale');
  });

  it('bounds the size of the whole text, and still lets a too long text shrink', () => {
    const { send } = setup();
    const megabyte = 'a'.repeat(1 << 20);
    const results = Array.from({ length: 6 }, () => send((b) => b.insert(b.length, [paragraphWith(megabyte)]))[0]);
    expect(results.slice(0, 4)).toEqual([null, null, null, null]);
    expect(results[4]).toMatch(/too long/);
    expect(send((b) => b.delete(b.length - 1, 1))).toEqual([null]);
  });

  it('costs little per keystroke on the Porvoo plan', () => {
    const { replica, mirror, live } = setup();
    const client = replica();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    const text = firstText(client.getXmlFragment('body'));
    for (let i = 0; i < 1000; i++) text.insert(i, 'x');
    const times = updates.map((update) => {
      const started = performance.now();
      expect(mirror.check(update)).toBeNull();
      const elapsed = performance.now() - started;
      Y.applyUpdate(live, update);
      return elapsed;
    });
    const steady = times.slice(100).sort((a, b) => a - b);
    const at = (q: number) => (steady[Math.floor(q * (steady.length - 1))] ?? 0) * 1000;
    console.log(`body check per keystroke (Porvoo): p50 ${at(0.5).toFixed(0)} µs, p99 ${at(0.99).toFixed(0)} µs`);
    expect(at(0.5)).toBeLessThan(2000);
  });
});

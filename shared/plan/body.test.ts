import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FIELD } from '../editor/planTextExtensions';
import { newPlanTemplateBody, readBodyJSON, THL_TEMPLATE_SECTIONS, writeBodyJSON } from './body';
import { addFocusArea, PlanDocError, setPlanTitle } from './doc';
import { initPlanDoc } from './init';
import { readPlanData, readPlanMeta } from './read';

const sample: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Otsikko' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Lihavoitu', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ja ' },
        { type: 'text', text: 'linkki', marks: [{ type: 'link', attrs: { href: 'https://thl.fi' } }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'yksi' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kaksi' }] }] },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mittari' }] }] },
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Arvo' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Liikunta' }] }] },
            { type: 'tableCell', content: [{ type: 'paragraph' }] },
          ],
        },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'rivi' }, { type: 'hardBreak' }, { type: 'text', text: 'toinen' }] },
  ],
};

/** Strips attributes the schema fills in with defaults, to compare content. */
function texts(node: JSONContent): string[] {
  if (node.text !== undefined) return [node.text];
  return [`<${node.type}>`, ...(node.content ?? []).flatMap(texts)];
}

describe('plan text (body) conversions', () => {
  it('round-trips Tiptap JSON through the Y.Doc', () => {
    const doc = new Y.Doc();
    writeBodyJSON(doc, sample);
    const back = readBodyJSON(doc);
    expect(texts(back)).toEqual(texts(sample));
    expect(back.content?.[1]?.content?.[0]?.marks).toMatchObject([{ type: 'bold' }]);
    expect(back.content?.[1]?.content?.[2]?.marks?.[0]?.attrs?.href).toBe('https://thl.fi');
    expect(back.content?.[3]?.type).toBe('table');
    // Normalised JSON round-trips exactly.
    const again = new Y.Doc();
    writeBodyJSON(again, back);
    expect(readBodyJSON(again)).toEqual(back);
  });

  it('leaves the other top-level types alone and survives a sync to another replica', () => {
    const doc = new Y.Doc();
    setPlanTitle(doc, 'Suunnitelma');
    addFocusArea(doc, { title: 'Painopiste' });
    writeBodyJSON(doc, sample, 'seed');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readBodyJSON(other)).toEqual(readBodyJSON(doc));
    expect(readPlanData(other, 'p').focusAreas.map((f) => f.title)).toEqual(['Painopiste']);
    expect(other.getXmlFragment(BODY_FIELD).length).toBe(sample.content!.length);
  });

  it('writes as a local change of the document, also inside a caller\'s transaction', () => {
    const doc = new Y.Doc();
    const clientID = doc.clientID;
    const seen: Array<[unknown, boolean]> = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => seen.push([tr.origin, tr.local]));
    doc.transact(() => {
      setPlanTitle(doc, 'Suunnitelma');
      writeBodyJSON(doc, sample, 'seed');
    }, 'seed');
    expect(seen).toEqual([['seed', true]]);
    expect(doc.clientID).toBe(clientID);
    expect([...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()]).toEqual([clientID]);
  });

  it('refuses to write into a non-empty body or invalid JSON', () => {
    const doc = new Y.Doc();
    writeBodyJSON(doc, sample);
    expect(() => writeBodyJSON(doc, sample)).toThrow(PlanDocError);
    const fresh = new Y.Doc();
    expect(() => writeBodyJSON(fresh, { type: 'doc', content: [{ type: 'nonsense' }] })).toThrow(PlanDocError);
    expect(() => writeBodyJSON(fresh, { type: 'paragraph' })).toThrow(PlanDocError);
    expect(() =>
      writeBodyJSON(fresh, { type: 'doc', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }),
    ).toThrow(PlanDocError);
    expect(fresh.getXmlFragment(BODY_FIELD).length).toBe(0);
  });

  it('reads an empty or broken body as an empty document', () => {
    expect(readBodyJSON(new Y.Doc())).toEqual({ type: 'doc', content: [] });
    const broken = new Y.Doc();
    broken.getMap(BODY_FIELD).set('x', 1);
    expect(readBodyJSON(broken)).toEqual({ type: 'doc', content: [] });
  });

  it('gives a new plan THL’s recommended structure', () => {
    const body = newPlanTemplateBody('Hyvinvointisuunnitelma 2025–2029');
    expect(body.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'Hyvinvointisuunnitelma 2025–2029' }],
    });
    const headings = body.content!.filter((n) => n.type === 'heading' && n.attrs?.level === 2);
    expect(headings.map((h) => h.content?.[0]?.text)).toEqual([
      '1 Tiivistelmä',
      '2 Tausta, tarkoitus ja tavoitteet',
      '3 Väestön hyvinvoinnin, terveydentilan ja palvelujen kuvaus',
      '4 Vahvuudet ja kehittämiskohteet',
      '5 Hyvinvointisuunnitelma',
      '6 Liitteet',
    ]);
    expect(THL_TEMPLATE_SECTIONS).toHaveLength(6);
    body.content!.slice(1).forEach((node, i) => {
      expect(node.type).toBe(i % 2 === 0 ? 'heading' : 'paragraph');
    });
    const doc = new Y.Doc();
    writeBodyJSON(doc, body);
    expect(readBodyJSON(doc)).toEqual(body);
  });

  it('initialises an empty plan document once', () => {
    const doc = new Y.Doc();
    initPlanDoc(doc, { title: 'Uusi suunnitelma', municipality: 'Pori', createdAt: '2025-02-03T04:05:06.000Z' });
    expect(readPlanMeta(doc)).toEqual({
      title: 'Uusi suunnitelma',
      municipality: 'Pori',
      createdAt: '2025-02-03T04:05:06.000Z',
    });
    expect(readBodyJSON(doc)).toEqual(newPlanTemplateBody('Uusi suunnitelma'));
    expect(() => initPlanDoc(doc, { title: 'x' })).toThrow(PlanDocError);
  });
});

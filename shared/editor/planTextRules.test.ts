import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JSONContent } from '@tiptap/core';
import { PORVOO_DEMO } from '../demo/porvoo';
import { newPlanTemplateBody } from '../plan/body';
import { MARK_RULES, NODE_RULES, isSafeLinkHref } from './planTextRules';
import { planTextSchema } from './planTextSchema';
import { sanitizePlanText } from './sanitizePlanText';
import { planTextProblem } from './validatePlanText';

const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
const text = (value: string, marks?: JSONContent['marks']): JSONContent => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const cell = (attrs: Record<string, unknown>, value = 'solu'): JSONContent => ({ type: 'tableCell', attrs, content: [paragraph(text(value))] });
const table = (...cells: JSONContent[]): JSONContent => ({ type: 'table', content: [{ type: 'tableRow', content: cells }] });
const chart = (attrs?: Record<string, unknown>): JSONContent => (attrs ? { type: 'indicatorChart', attrs } : { type: 'indicatorChart' });
const listOf = (...blocks: JSONContent[]): JSONContent => ({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('kohta')), ...blocks] }] });

describe('the plan-text rules', () => {
  it('name every node, mark and attribute of the editor schema, and nothing else', () => {
    const schema = planTextSchema();
    const attributesOf = (types: Record<string, { spec: { attrs?: object } }>) =>
      Object.fromEntries(Object.entries(types).map(([name, type]) => [name, Object.keys(type.spec.attrs ?? {}).sort()]));
    const ruled = (rules: Record<string, object>) => Object.fromEntries(Object.entries(rules).map(([name, r]) => [name, Object.keys(r).sort()]));
    expect(ruled(NODE_RULES)).toEqual(attributesOf(schema.nodes));
    expect(ruled(MARK_RULES)).toEqual(attributesOf(schema.marks));
  });

  it('accept the texts the app itself writes', () => {
    expect(planTextProblem(PORVOO_DEMO.body)).toBeNull();
    expect(planTextProblem(newPlanTemplateBody('Uusi suunnitelma'))).toBeNull();
    expect(planTextProblem(doc())).toBeNull();
    const link = { type: 'link', attrs: { href: 'https://www.porvoo.fi', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } };
    expect(planTextProblem(doc(paragraph(text('Porvoo', [link, { type: 'bold' }])), table(cell({ colspan: 2, rowspan: 1, colwidth: null }))))).toBeNull();
    // What the editor's own schema produces, every default included.
    const editorJSON = planTextSchema().nodeFromJSON(doc(table(cell({})), { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph()] }] }));
    expect(planTextProblem(editorJSON.toJSON())).toBeNull();
  });

  it('accept indicator charts between the top-level blocks', () => {
    expect(planTextProblem(doc(paragraph(text('Ennen')), chart({ indicatorId: 'abc_DEF-123' }), paragraph(text('Jälkeen'))))).toBeNull();
    expect(planTextProblem(doc(chart({ indicatorId: 'a' }), chart({ indicatorId: 'x'.repeat(64) })))).toBeNull();
    // As the editor's own schema writes it.
    expect(planTextProblem(planTextSchema().nodeFromJSON(doc(chart({ indicatorId: 'abc' }))).toJSON())).toBeNull();
  });

  it.each([
    ['a colspan of 1e9', doc(table(cell({ colspan: 1e9 })))],
    ['a rowspan of 0', doc(table(cell({ rowspan: 0 })))],
    ['a fractional colspan', doc(table(cell({ colspan: 1.5 })))],
    ['a colspan given as text', doc(table(cell({ colspan: '2' })))],
    ['a row 120 columns wide', doc(table(...Array.from({ length: 3 }, () => cell({ colspan: 40 }))))],
    ['a column width array of 1000', doc(table(cell({ colwidth: Array(1000).fill(10) })))],
    ['a heading of level 9', doc({ type: 'heading', attrs: { level: 9 }, content: [text('x')] })],
    ['an unknown node', doc({ type: 'futureWidget', content: [paragraph(text('x'))] })],
    ['an unknown node inside a list', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(), { type: 'iframe' }] }] })],
    ['an unknown attribute', doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('x')] })],
    ['an unknown mark', doc(paragraph(text('x', [{ type: 'textStyle', attrs: { color: 'red' } }])))],
    ['a javascript: link', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }])))],
    ['a data: link', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }])))],
    ['a link 5000 characters long', doc(paragraph(text('x', [{ type: 'link', attrs: { href: `https://a.fi/${'a'.repeat(5000)}` } }])))],
    ['a link title of a megabyte', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'https://a.fi', title: 'a'.repeat(1 << 20) } }])))],
    ['an empty text node', doc(paragraph(text('')))],
    ['text at the top level', doc(text('irrallinen'))],
    ['a table cell without content', doc(table({ type: 'tableCell', attrs: {} }))],
    ['a list item outside a list', doc({ type: 'listItem', content: [paragraph()] })],
    ['bold inside code', doc(paragraph(text('x', [{ type: 'code' }, { type: 'bold' }])))],
    ['nesting 60 deep', doc(Array.from({ length: 60 }).reduce<JSONContent>((inner) => ({ type: 'blockquote', content: [inner] }), paragraph()))],
    ['six megabytes of text', doc(...Array.from({ length: 6 }, () => paragraph(text('a'.repeat(1 << 20)))))],
    ['a chart without an indicator', doc(chart())],
    ['a chart of a null indicator', doc(chart({ indicatorId: null }))],
    ['a chart whose indicator id is a number', doc(chart({ indicatorId: 42 }))],
    ['a chart whose indicator id has spaces', doc(chart({ indicatorId: 'a b' }))],
    ['a chart whose indicator id is 65 characters', doc(chart({ indicatorId: 'x'.repeat(65) }))],
    ['a chart whose indicator id is a megabyte', doc(chart({ indicatorId: 'x'.repeat(1 << 20) }))],
    ['a chart with an unknown attribute', doc(chart({ indicatorId: 'abc', display: 'pie' }))],
    ['a chart with content', doc({ type: 'indicatorChart', attrs: { indicatorId: 'abc' }, content: [paragraph(text('x'))] })],
    ['a chart inside a list', doc(listOf(chart({ indicatorId: 'abc' })))],
    ['a chart inside a table cell', doc(table({ type: 'tableCell', attrs: {}, content: [chart({ indicatorId: 'abc' })] }))],
    ['a chart inside a quote', doc({ type: 'blockquote', content: [chart({ indicatorId: 'abc' })] })],
  ])('refuse %s', (_what, body) => {
    expect(planTextProblem(body)).not.toBeNull();
  });

  it('take links the way the editor does: relative or of a harmless protocol', () => {
    for (const href of ['https://www.porvoo.fi', 'mailto:hyte@porvoo.fi', 'tel:+358191234', '/liitteet/a.pdf', '#luku-2', 'www.porvoo.fi']) {
      expect(isSafeLinkHref(href), href).toBe(true);
    }
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:x', 'vbscript:x', 'data:text/html,x', '', 42, null]) {
      expect(isSafeLinkHref(bad), String(bad)).toBe(false);
    }
  });
});

describe('the plan text repaired for readers', () => {
  it('leaves valid text as it is', () => {
    expect(sanitizePlanText(PORVOO_DEMO.body)).toEqual(PORVOO_DEMO.body);
  });

  it('clamps attributes, drops unknown ones and unsafe links, and keeps every word', () => {
    const repaired = sanitizePlanText(
      doc(
        table(cell({ colspan: 1e9, rowspan: -4, onclick: 'x' }, 'valtava')),
        { type: 'futureWidget', content: [paragraph(text('tuntematon'))] },
        { type: 'heading', attrs: { level: 99 }, content: [text('otsikko')] },
        paragraph(text('linkki', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'glitter' }])),
        text('irrallinen'),
      ),
    );
    expect(planTextProblem(repaired)).toBeNull();
    expect(repaired.content?.[0]?.content?.[0]?.content?.[0]?.attrs).toMatchObject({ colspan: 50, rowspan: 1 });
    expect(repaired.content?.[2]).toEqual({ type: 'heading', attrs: { level: 6 }, content: [text('otsikko')] });
    expect(repaired.content?.[3]).toEqual(paragraph(text('linkki')));
    const words = JSON.stringify(repaired);
    for (const word of ['valtava', 'tuntematon', 'otsikko', 'linkki', 'irrallinen']) expect(words).toContain(word);
    expect(words).not.toMatch(/onclick|javascript|glitter|futureWidget/);
  });

  it('keeps charts of valid indicators, moves them out of lists and cells, and drops those that name none', () => {
    const kept = doc(paragraph(text('a')), chart({ indicatorId: 'abc' }));
    expect(sanitizePlanText(kept)).toEqual(kept);
    const repaired = sanitizePlanText(
      doc(chart(), chart({ indicatorId: 'a b', display: 'pie' }), chart({ indicatorId: 'hyva', display: 'pie' }), listOf(chart({ indicatorId: 'listassa' }))),
    );
    expect(planTextProblem(repaired)).toBeNull();
    const charts = JSON.stringify(repaired).match(/"indicatorId":"[^"]*"/g);
    expect(charts).toEqual(['"indicatorId":"hyva"', '"indicatorId":"listassa"']);
    expect(JSON.stringify(repaired)).toContain('kohta');
    expect(JSON.stringify(repaired)).not.toContain('pie');
  });

  it('fills what the structure requires, or falls back to the text', () => {
    const repaired = sanitizePlanText(doc(table({ type: 'tableCell', attrs: {} }), { type: 'bulletList', content: [paragraph(text('ilman kohtaa'))] }));
    expect(planTextProblem(repaired)).toBeNull();
    expect(repaired.content?.map((block) => block.type)).toEqual(['table', 'paragraph']);
    expect(JSON.stringify(repaired)).toContain('ilman kohtaa');
    const tooWide = sanitizePlanText(doc(table(...Array.from({ length: 3 }, (_, i) => cell({ colspan: 40 }, `leveä ${i}`)))));
    expect(planTextProblem(tooWide)).toBeNull();
    expect(JSON.stringify(tooWide)).toMatch(/leveä 0.*leveä 1.*leveä 2/);
  });

  it('gives schema-valid text for anything at all', () => {
    const node: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record({ type: fc.constantFrom('text'), text: fc.string(), marks: fc.array(fc.record({ type: fc.constantFrom('bold', 'link', 'code', 'x'), attrs: fc.object() })) }),
        fc.record(
          {
            type: fc.constantFrom(...Object.keys(NODE_RULES), 'futureWidget'),
            attrs: fc.dictionary(fc.constantFrom('colspan', 'rowspan', 'level', 'start', 'href', 'indicatorId', 'x'), fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null))),
            content: fc.array(tie('node'), { maxLength: 4 }),
          },
          { requiredKeys: ['type'] },
        ),
        fc.anything(),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), (content) => {
        expect(planTextProblem(sanitizePlanText({ type: 'doc', content }))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PORVOO_DEMO } from '../../../shared/demo/porvoo';
import { planTextTopBlocks, safeHref, topSectionLevel } from './planText';
import { hostileInput } from '../../../tests/support/exportTestData';

describe('reading the plan text', () => {
  it('keeps only web, mail and phone links', () => {
    expect(safeHref('https://www.porvoo.fi/a b')).toBe('https://www.porvoo.fi/a%20b');
    expect(safeHref('mailto:hyte@porvoo.fi')).toBe('mailto:hyte@porvoo.fi');
    expect(safeHref('tel:+358191234')).toBe('tel:+358191234');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '', 42]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });

  it('reads every node and mark of the editor schema', () => {
    const input = hostileInput();
    const blocks = planTextTopBlocks(input.data.body, input.data.title);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'list', 'quote', 'code', 'rule', 'table']);
    const paragraph = blocks[1];
    const links = paragraph?.kind === 'paragraph' ? paragraph.inlines.flatMap((i) => (i.kind === 'text' && i.href ? [i.href] : [])) : [];
    expect(links).toEqual(['https://www.porvoo.fi/hyvinvointi']);
    const list = blocks[3];
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    const table = blocks[7];
    expect(table).toMatchObject({ kind: 'table', rows: [[{ header: true }, { header: true }], [{ rowspan: 2 }, {}], [{}]] });
  });

  it('leaves out a first heading that repeats the title, and empty paragraphs', () => {
    const blocks = planTextTopBlocks(PORVOO_DEMO.body, PORVOO_DEMO.title);
    expect(blocks[0]?.kind).toBe('paragraph');
    expect(topSectionLevel(blocks)).toBe(2);
    const template = planTextTopBlocks(
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Uusi' }] }, { type: 'paragraph' }] },
      'Uusi',
    );
    expect(template).toEqual([]);
    expect(topSectionLevel(template)).toBe(2);
  });

  it('keeps indicator charts where the text places them, and only valid ones between top-level blocks', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const body = {
      type: 'doc',
      content: [
        paragraph('ennen'),
        { type: 'indicatorChart', attrs: { indicatorId: 'nuoret' } },
        { type: 'indicatorChart', attrs: { indicatorId: '<script>' } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('kohta'), { type: 'indicatorChart', attrs: { indicatorId: 'listassa' } }] }] },
        paragraph('jälkeen'),
      ],
    };
    const blocks = planTextTopBlocks(body, '');
    expect(blocks.map((block) => (block.kind === 'indicatorChart' ? `chart ${block.indicatorId}` : block.kind))).toEqual([
      'paragraph',
      'chart nuoret',
      // A list that holds a chart does not fit the schema: the repair keeps its words and moves the chart out.
      'paragraph',
      'chart listassa',
      'paragraph',
    ]);
  });

  it('never throws on what a peer may have written', () => {
    const odd = {
      type: 'doc',
      content: [
        null,
        { type: 'futureWidget', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }] },
        { type: 'heading', attrs: { level: 99 }, content: [{ type: 'text', text: 'deep' }] },
        { type: 'orderedList', attrs: { start: -5 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 'x', rowspan: 1e9 } }] }] },
        { type: 'text', text: 'loose text' },
      ],
    };
    // @ts-expect-error: null is not JSONContent, but a damaged document may hold anything
    const blocks = planTextTopBlocks(odd, '');
    expect(blocks).toMatchObject([
      { kind: 'paragraph' },
      { kind: 'heading', level: 4 },
      { kind: 'list', start: 1 },
      { kind: 'table', rows: [[{ colspan: 1, rowspan: 50 }]] },
      { kind: 'paragraph' },
    ]);
  });
});

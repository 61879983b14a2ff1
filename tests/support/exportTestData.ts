/**
 * The Porvoo demo plan as export input, for the export tests
 * (`server/exports`): read from a real plan document (so the body is what
 * `readBodyJSON` gives), with statuses, indicators and schedules filled in as
 * an annual report would.
 */
import * as Y from 'yjs';
import { seedDemoPlan } from '../../shared/demo/porvoo';
import { STATUSES, readPlanData } from '../../shared/plan';
import type { ExportInput } from '../../server/exports/types';

export function porvooInput(overrides: Partial<ExportInput> = {}): ExportInput {
  const doc = new Y.Doc();
  seedDemoPlan(doc);
  const data = readPlanData(doc, 'porvoo-demo', { includeBody: true });
  doc.destroy();
  let i = 0;
  for (const focusArea of data.focusAreas) {
    for (const goal of focusArea.goals) {
      for (const measure of goal.measures) {
        measure.status = STATUSES[i % STATUSES.length] ?? 'unassessed';
        if (i % 3 === 0) measure.indicator = 'Kouluterveyskysely; Sotkanet';
        if (i % 2 === 0) measure.schedule = i % 4 === 0 ? '2024' : '2023–2025';
        if (i % 5 === 0) measure.statusNote = 'Työryhmä on koottu, ensimmäinen kokous pidetty.';
        i++;
      }
    }
  }
  return { data, municipality: 'Porvoo', date: new Date('2026-11-22T10:00:00Z'), ...overrides };
}

/**
 * A small plan that uses every node and mark of the plan text and puts
 * hostile text everywhere a user can type: markup, a `javascript:` link,
 * spreadsheet formulas, separators, quotes and line breaks (a project's name
 * among them, the other measure with none).
 */
export function hostileInput(): ExportInput {
  const text = (value: string, marks: Array<{ type: string; attrs?: Record<string, unknown> }> = []) =>
    marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
  const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
  return {
    municipality: 'Borgå <Porvoo>',
    versionLabel: 'Valtuustolle "lopullinen" & hyväksytty',
    date: new Date('2026-06-12T09:00:00Z'),
    data: {
      id: 'hostile',
      title: 'Välfärdsplan: Å/Ä/Ö <b>testi</b>',
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [text('Välfärdsplan: Å/Ä/Ö <b>testi</b>')] },
          { type: 'heading', attrs: { level: 2 }, content: [text('Johdanto <script>')] },
          paragraph(
            text('Lihavoitu', [{ type: 'bold' }]),
            text(' ja '),
            text('kursiivi', [{ type: 'italic' }]),
            text(', '),
            text('yliviivattu', [{ type: 'strike' }]),
            text(', '),
            text('alleviivattu', [{ type: 'underline' }]),
            text(', '),
            text('koodi', [{ type: 'code' }]),
            { type: 'hardBreak' },
            text('Porvoon sivut', [{ type: 'link', attrs: { href: 'https://www.porvoo.fi/hyvinvointi' } }]),
            text(' ja '),
            text('vaarallinen linkki', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
            text(' <img src=x onerror=alert(2)>'),
          ),
          paragraph(text('# ei otsikko * eikä lista [linkki](javascript:alert(3))')),
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [
              { type: 'listItem', content: [paragraph(text('Kolmas kohta'))] },
              {
                type: 'listItem',
                content: [
                  paragraph(text('Neljäs kohta')),
                  { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Alakohta'))] }] },
                ],
              },
            ],
          },
          { type: 'blockquote', content: [paragraph(text('Lainaus valtuuston päätöksestä.'))] },
          { type: 'codeBlock', content: [text('const a = "<b>";')] },
          { type: 'horizontalRule' },
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [
                  { type: 'tableHeader', content: [paragraph(text('Ikäryhmä'))] },
                  { type: 'tableHeader', content: [paragraph(text('Mittari'))] },
                ],
              },
              {
                type: 'tableRow',
                content: [
                  { type: 'tableCell', attrs: { rowspan: 2 }, content: [paragraph(text('Lapset ja nuoret'))] },
                  { type: 'tableCell', content: [paragraph(text('Kouluterveyskysely'))] },
                ],
              },
              {
                type: 'tableRow',
                content: [{ type: 'tableCell', content: [paragraph(text('Harrastaminen | viikoittain'))] }],
              },
            ],
          },
        ],
      },
      focusAreas: [
        {
          id: 'fa1',
          title: '<img src=x onerror=alert(1)>',
          goals: [
            {
              id: 'g1',
              title: 'Tavoite; "lainattu"\nrivinvaihdolla',
              measures: [
                {
                  id: 'm1',
                  title: '<script>alert(1)</script>',
                  responsible: '=HYPERLINK("http://evil.example","klikkaa")',
                  targetGroup: 'children-youth',
                  indicator: '+SUM(A1:A9)',
                  schedule: '-2024',
                  status: 'done',
                  statusNote: '@cmd',
                  projects: [
                    { id: 'p1', name: 'Liikkuva koulu | <b>hanke</b>' },
                    { id: 'p2', name: 'Aspu, asukaslähtöinen' },
                  ],
                },
                {
                  id: 'm2',
                  title: 'Åtgärd på svenska',
                  responsible: 'ÄÖÅ-yksikkö',
                  targetGroup: '',
                  indicator: '',
                  schedule: '2025',
                  status: 'not-started',
                  statusNote: '',
                },
              ],
            },
            { id: 'g2', title: 'Tavoite ilman toimenpiteitä', measures: [] },
          ],
        },
        { id: 'fa2', title: 'Painopiste ilman tavoitteita', goals: [] },
      ],
    },
  };
}

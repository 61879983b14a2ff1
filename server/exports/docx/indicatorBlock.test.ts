import mammoth from 'mammoth';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { porvooInput } from '../../../tests/support/exportTestData';
import { indicatorViews } from '../../../tests/support/indicatorExportData';
import { renderDocx } from './docx';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The demo plan's Word file with charts placed in its text, between two paragraphs of its own, read back as HTML. */
async function passageWith(indicatorIds: string[], views = indicatorViews({ hostile: true })): Promise<string> {
  const input = porvooInput({ indicators: views });
  const body = input.data.body as JSONContent;
  const charts = indicatorIds.map((indicatorId) => ({ type: 'indicatorChart', attrs: { indicatorId } }));
  input.data.body = { ...body, content: [...(body.content ?? []), paragraph('Ennen kaaviota.'), ...charts, paragraph('Kaavion jälkeen.')] };
  // Each picture as its alternative text and a short name, not its bytes.
  const convertImage = mammoth.images.imgElement(async () => ({ src: 'chart.png' }));
  const { value: html } = await mammoth.convertToHtml({ buffer: await renderDocx(input) }, { convertImage });
  return html.slice(html.indexOf('Ennen kaaviota.'), html.indexOf('Kaavion jälkeen.'));
}

describe('Word export: indicator charts in the plan text', () => {
  it('gives the chart where the text places it: its picture with what it shows in words, its title, its source and its figures as a Word table', async () => {
    const passage = await passageWith(['local-1']);
    expect(passage).toContain(
      '<p><img alt="Kaavio: Nuorisotalon kävijät (käyntiä). Porvoo 2024: 5\u00a0120. Tavoite 2026: 6\u00a0000. Lähde: kunnan oma tieto." src="chart.png" /></p><p><strong>Nuorisotalon kävijät (käyntiä)</strong></p><p>Lähde: kunnan oma tieto</p>',
    );
    expect(passage).toMatch(/<table><thead><tr><th><p><strong>Vuosi<\/strong><\/p><\/th><th><p><strong>Porvoo<\/strong><\/p><\/th><\/tr><\/thead><tbody><tr><td><p><strong>2022<\/strong><\/p><\/td><td><p>4\u00a0310<\/p><\/td><\/tr>/);
    // Its heading is the author's to give: a chart in the text adds none.
    expect(passage).not.toMatch(/<h\d/);
  });

  it('says so for an indicator the plan no longer has, says why a chart has no figures, and keeps hostile text as text', async () => {
    const passage = await passageWith(['poistettu', 'ind-3113', 'hostile']);
    expect(passage).toContain('<em>Kaavio: mittaria ei enää ole suunnitelmassa.</em>');
    expect(passage).toContain('Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.');
    expect(passage).toContain('<strong>Mittari &lt;script&gt;alert(1)&lt;/script&gt; &amp; "lainaus" (&lt;b&gt;%&lt;/b&gt;)</strong>');
    // A chart without figures has no picture, and says why in words; the hostile one has its picture.
    expect(passage.match(/<img /g)).toHaveLength(1);
  });
});

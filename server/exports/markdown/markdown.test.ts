import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';
import { hostileInput, porvooInput } from '../../../tests/support/exportTestData';

describe('Markdown export', () => {
  it('gives the plan text and the measure table grouped by focus area and goal', async () => {
    const md = (await renderMarkdown(porvooInput())).toString('utf8');
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Porvoon kaupungin hyvinvointisuunnitelma');
    expect(lines[2]).toBe('**Porvoo** · 22.11.2026');
    expect(lines).toContain('## 1 Aloitus');
    expect(lines).toContain('### 2.1 Kunnan hyte-työn lakiperusta');
    expect(lines).toContain('- Sivistysjohtaja Sari Gustafsson, puheenjohtaja');
    expect(lines).toContain('1. Asukkaiden osallisuus ja asiakaslähtöinen toiminta');
    expect(lines).toContain('## Toimenpidetaulukko');
    expect(lines).toContain('### 1. Asukkaiden osallisuus ja asiakaslähtöinen toiminta');
    expect(lines).toContain('#### Tavoite: Osallisuuden vaikuttavuuden parantaminen.');
    expect(lines).toContain('| Toimenpide | Vastuutaho | Kohderyhmä | Hanke | Mittari | Aikataulu | Tila |');
    expect(lines).toContain(
      '| Osallisuuden huolellinen määrittely ja kuvaaminen. | hallintojohto ja viestintä |  |  | Kouluterveyskysely; Sotkanet | 2024 | Valmis – viety suunnitellusti loppuun: Työryhmä on koottu, ensimmäinen kokous pidetty. |',
    );
    const measureLines = lines.filter((line) => line.startsWith('| ') && !/^\| (Toimenpide|---) \|/.test(line));
    expect(measureLines).toHaveLength(41);
    expect(lines).toContain('- **Keltainen:** Aloitettu – suunnitteluasteella tai aloitettu');
  });

  it('escapes user text so it never becomes markup, and keeps only safe links', async () => {
    const md = (await renderMarkdown(hostileInput())).toString('utf8');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    // Outside code (where text is literal), no raw HTML is left.
    const outsideCode = md.replace(/```[\s\S]*?```/g, '');
    expect(outsideCode).not.toMatch(/(^|[^\\])<(script|img|b)\b/m);
    expect(md).toContain('[Porvoon sivut](<https://www.porvoo.fi/hyvinvointi>)');
    // The text that looks like a link stays escaped text; the javascript: link of the editor is gone.
    expect(md).not.toMatch(/(^|[^\\])\]\(<?javascript:/im);
    expect(md).toContain('ja vaarallinen linkki \\<img');
    expect(md).toContain('\\# ei otsikko \\* eikä lista \\[linkki\\](javascript:alert(3))');
    expect(md).toContain('**Lihavoitu** ja _kursiivi_, ~~yliviivattu~~');
    expect(md).toContain('3. Kolmas kohta\n4. Neljäs kohta\n\n   - Alakohta');
    expect(md).toContain('| Harrastaminen \\| viikoittain |');
    // A measure's projects in their own cell, one a line, a pipe in a name escaped; an empty cell for the measure with none.
    expect(md).toContain('| lapset ja nuoret | Liikkuva koulu \\| \\<b\\>hanke\\</b\\><br>Aspu, asukaslähtöinen | +SUM(A1:A9) |');
    expect(md).toContain('| ÄÖÅ-yksikkö |  |  |  | 2025 |');
    // A goal title with a line break stays one heading line.
    expect(md).toContain('#### Tavoite: Tavoite; "lainattu" rivinvaihdolla\n');
  });
});

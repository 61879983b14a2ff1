import { describe, expect, it } from 'vitest';
import type { PlanData } from '../../shared/plan';
import type { Publication } from '../storage/publicationStore';
import { renderPublicPage } from './publicPage';
import { publicPlanView } from './publicView';
import { renderStatementPage } from './statementPage';
import { freeSlug, planSlug, slugify } from './slug';

const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

const publication: Publication = {
  id: '00000000-0000-4000-8000-000000000001',
  planId: 'plan-1',
  versionId: '00000000-0000-4000-8000-000000000002',
  versionLabel: HOSTILE,
  slug: 'porvoo/suunnitelma',
  municipality: HOSTILE,
  publishedAt: '2026-06-12T10:00:00.000Z',
  publishedBy: { id: 'u', name: 'x' },
  unpublishedAt: null,
  licence: 'CC-BY-4.0',
};

const hostilePlan = {
  id: 'plan-1',
  title: HOSTILE,
  focusAreas: [
    {
      id: 'fa',
      title: HOSTILE,
      goals: [{ id: 'g', title: HOSTILE, measures: [{ id: 'm', title: HOSTILE, responsible: HOSTILE, targetGroup: '', indicator: HOSTILE, schedule: HOSTILE, status: 'started', statusNote: HOSTILE, projects: [{ id: 'p', name: HOSTILE }] }] }],
    },
  ],
  body: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Johdanto ${HOSTILE}` }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'klikkaa', marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'data', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(4)</script>' } }] }] },
    ],
  },
} as unknown as PlanData;

/** Anything that would run or load in a browser: a tag we did not write, an event handler, a script URL. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script|<img|<[^>]*\son\w+=|javascript:|data:text/i);
}

describe('the public page escapes every user string', () => {
  it('renders hostile titles, text and links as text', () => {
    const html = renderPublicPage({ view: publicPlanView(hostilePlan), publication, versionDate: new Date('2026-06-01'), archive: [publication] });
    expectInert(html);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    // The links' words stay; their targets do not.
    expect(html).toContain('klikkaa');
    // The measure table has the app's Hanke column after the target group, its project by name, escaped.
    expect(html).toMatch(/<th scope="col">Kohderyhmä<\/th><th scope="col">Hanke<\/th><th scope="col">Mittari<\/th>/);
    const escaped = '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;';
    expect(html).toContain(`<td></td><td>${escaped}</td><td>${escaped}</td><td>${escaped}</td>`);
    expect(html).toMatch(/<html lang="fi">/);
    expect(html).toContain('<a class="skip-link" href="#sisalto">');
    expect(html).toMatch(/<main id="sisalto"/);
    // The table of contents names the hostile heading as text and links to it.
    expect(html).toMatch(/<a href="#osio-1">Johdanto &quot;&gt;&lt;img/);
    expect(html).toMatch(/<h2 id="osio-1">/);
    // Traffic lights in words, not only colour.
    expect(html).toContain('Aloitettu (keltainen)');
  });

  it('escapes the accessibility statement too', () => {
    const html = renderStatementPage(publication, HOSTILE, {
      planId: 'plan-1',
      compliance: 'partial',
      nonAccessibleContent: `${HOSTILE}\nKaaviot eivät ole kuvailtuja`,
      disproportionateBurden: HOSTILE,
      assessedBy: HOSTILE,
      assessedOn: '2026-05-01',
      feedbackName: HOSTILE,
      feedbackEmail: 'palaute@porvoo.fi',
      updatedAt: '2026-05-01T00:00:00Z',
      updatedBy: { id: 'u', name: 'x' },
    });
    expectInert(html);
    expect(html).toContain('Etelä-Suomen aluehallintovirasto');
    expect(html).toContain('täyttää lain vaatimat saavutettavuusvaatimukset osittain');
    expect(html).toContain('<li>Kaaviot eivät ole kuvailtuja</li>');
  });
});

describe('addresses', () => {
  it('are readable and safe', () => {
    expect(planSlug('Porvoo', 'Porvoon hyvinvointisuunnitelma 2025–2028')).toBe('porvoo/porvoon-hyvinvointisuunnitelma-2025-2028');
    expect(planSlug(null, HOSTILE)).toBe('kunta/img-src-x-onerror-alert-1-script-alert-2-script');
    expect(slugify('Åland – Hyvä ÖLJY', 'x')).toBe('aland-hyva-oljy');
    expect(slugify('!!!', 'suunnitelma')).toBe('suunnitelma');
  });

  it('never give one address to two plans', async () => {
    const taken = new Set(['porvoo/plan', 'porvoo/plan-2']);
    expect(await freeSlug('porvoo/plan', async (s) => taken.has(s))).toBe('porvoo/plan-3');
  });
});

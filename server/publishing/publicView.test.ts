import { describe, expect, it } from 'vitest';
import type { PlanData } from '../../shared/plan';
import { openDataCsv, openDataJson } from './openData';
import { renderPublicPage } from './publicPage';
import { publicPlanData, publicPlanView } from './publicView';
import type { Publication } from '../storage/publicationStore';

/** Markers that may be published, and markers of what must never be. */
const PUBLIC = ['PUB-title', 'PUB-fa', 'PUB-goal', 'PUB-measure', 'PUB-resp', 'PUB-ind', 'PUB-sched', 'PUB-note', 'PUB-party', 'PUB-contact-name', 'PUB-body'];
const SECRET = ['SECRET-mail@example.fi', 'SECRET-comment', 'SECRET-audit', 'SECRET-user', 'SECRET-draft', 'SECRET-extra'];

/** A plan whose every field holds a marker, with private data beside the `/data` fields and inside them. */
function markedPlan(): PlanData {
  return {
    id: 'plan-1',
    title: 'PUB-title',
    comments: [{ text: 'SECRET-comment', author: { email: 'SECRET-mail@example.fi' } }],
    audit: [{ user: { name: 'SECRET-user' }, to: 'SECRET-audit' }],
    drafts: 'SECRET-draft',
    createdBy: { id: 'u', name: 'SECRET-user', email: 'SECRET-mail@example.fi' },
    parties: [{ id: 'p1', name: 'PUB-party', contacts: [{ name: 'PUB-contact-name', email: 'SECRET-mail@example.fi', phone: 'SECRET-extra' }], notes: 'SECRET-extra' }],
    focusAreas: [
      {
        id: 'fa1',
        title: 'PUB-fa',
        comment: 'SECRET-comment',
        goals: [
          {
            id: 'g1',
            title: 'PUB-goal',
            measures: [
              {
                id: 'm1',
                title: 'PUB-measure',
                responsible: 'PUB-resp',
                targetGroup: 'all',
                indicator: 'PUB-ind',
                schedule: 'PUB-sched',
                status: 'done',
                statusNote: 'PUB-note',
                responsibleParties: [{ id: 'p1', name: 'PUB-party', email: 'SECRET-mail@example.fi' }],
                comments: ['SECRET-comment'],
                editedBy: 'SECRET-user',
              },
            ],
          },
        ],
      },
    ],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'PUB-body' }] }] },
  } as unknown as PlanData;
}

const publication: Publication = {
  id: '00000000-0000-4000-8000-000000000001',
  planId: 'plan-1',
  versionId: '00000000-0000-4000-8000-000000000002',
  versionLabel: 'Valtuustolle',
  slug: 'porvoo/suunnitelma',
  municipality: 'Porvoo',
  publishedAt: '2026-06-12T10:00:00.000Z',
  publishedBy: { id: 'u', name: 'SECRET-user' },
  unpublishedAt: null,
  licence: 'CC-BY-4.0',
};

describe('publicPlanView: only the allowlisted fields leave for the public web', () => {
  it('keeps every public marker and none of the private ones, in the view, the page, the JSON and the CSV', () => {
    const view = publicPlanView(markedPlan());
    const outputs = {
      view: JSON.stringify(view),
      page: renderPublicPage({ view, publication, versionDate: new Date('2026-06-01'), archive: [publication] }),
      json: openDataJson(publicPlanData(markedPlan()), publication, new Date('2026-06-01')).toString('utf8'),
      csv: openDataCsv(publicPlanData(markedPlan()), new Date('2026-06-01')).toString('utf8'),
    };
    for (const [name, text] of Object.entries(outputs)) {
      for (const secret of SECRET) expect(text, `${name} leaks ${secret}`).not.toContain(secret);
      expect(text, `${name} has an e-mail address`).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
    for (const marker of PUBLIC) expect(outputs.view).toContain(marker);
    for (const marker of PUBLIC.filter((m) => !m.startsWith('PUB-contact') && m !== 'PUB-party')) expect(outputs.page).toContain(marker);
    expect(JSON.parse(outputs.json).parties).toEqual([{ id: 'p1', name: 'PUB-party', contacts: [{ name: 'PUB-contact-name' }] }]);
  });

  it('reads a version from before the vocabularies without inventing them', () => {
    const { parties, ...older } = markedPlan() as unknown as Record<string, unknown>;
    expect(parties).toBeDefined();
    const data = publicPlanData(older as unknown as PlanData);
    expect('parties' in data).toBe(false);
    expect(data.focusAreas[0]!.goals[0]!.measures[0]).toMatchObject({ title: 'PUB-measure', status: 'done', targetGroup: 'all' });
  });
});

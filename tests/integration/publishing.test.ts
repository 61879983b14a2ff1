import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureField } from '../../shared/plan';
import type { Role } from '../../shared/roles';
import { ApiClient, findPlan } from '../support/api';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

type Person = Role | 'outsider';
const PEOPLE: Person[] = ['chair', 'secretary', 'member', 'coordinator', 'viewer', 'outsider'];
const PASSWORD = 'julkaisusalasana-123';
const COMMENT = 'SALAINEN-KOMMENTTI-teksti';
const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

describe('publishing a plan on the public web', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let planId: string;
  const clients: Record<string, ApiClient> = {};

  /** A public address, read the way a reader's browser does: no cookie, no token. */
  const anonymous = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { Accept: 'text/html', ...headers } });

  async function editFirstMeasure(field: 'title' | 'status', value: string) {
    const editor = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    const measureId = readPlanData(editor.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    setMeasureField(editor.doc, measureId, field, value as never);
    await waitForAcknowledged(editor);
    editor.destroy();
    return measureId;
  }

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const plan = await findPlan(admin, 'Porvoon kaupungin hyvinvointisuunnitelma');
    planId = plan.id;
    for (const person of PEOPLE) {
      const created = await admin.post('/api/users', { email: `${person}@porvoo.fi`, name: `Nimi-${person}-ZQX`, password: PASSWORD });
      if (person !== 'outsider') await admin.request('PUT', `/api/groups/${plan.groupId}/members/${created.body.id}`, { role: person });
      clients[person] = await ApiClient.login(server.url, `${person}@porvoo.fi`, PASSWORD);
    }
    const measureId = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].id;
    expect((await admin.post(`/api/plans/${planId}/comments`, { measureId, text: `${COMMENT} chair@porvoo.fi` })).status).toBe(201);
  });
  afterAll(async () => server?.destroy());

  it('lets only the chair, the secretary and the administrator publish; others 403, outsiders 404', async () => {
    const expected: Record<Person, number> = { chair: 201, secretary: 201, member: 403, coordinator: 403, viewer: 403, outsider: 404 };
    for (const person of PEOPLE) {
      const answer = await clients[person]!.post(`/api/plans/${planId}/publications`, {});
      expect(answer.status, person).toBe(expected[person]);
    }
    const published = await admin.post(`/api/plans/${planId}/publications`, {});
    expect(published.status).toBe(201);
    const list = (await clients.viewer!.get(`/api/plans/${planId}/publications`)).body;
    expect(list).toHaveLength(3);
    // A refused DELETE leaves the publication up.
    expect((await clients.member!.request('DELETE', `/api/plans/${planId}/publications/${list[0].id}`)).status).toBe(403);
    expect((await anonymous(list[0].url)).status).toBe(200);
  });

  it('refuses bad input with 4xx and publishes nothing', async () => {
    const before = (await admin.get(`/api/plans/${planId}/publications`)).body.length;
    expect((await admin.post(`/api/plans/${planId}/publications`, { versionId: 'nope' })).status).toBe(400);
    expect((await admin.post(`/api/plans/${planId}/publications`, { versionId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await admin.post(`/api/plans/${planId}/publications`, { licence: 'GPL' })).status).toBe(400);
    expect((await admin.request('DELETE', `/api/plans/${planId}/publications/nope`)).status).toBe(404);
    expect((await admin.get(`/api/plans/${planId}/publications`)).body.length).toBe(before);
  });

  it('serves the page without a session, complete before any script, with nothing private in page or data', async () => {
    const version = await admin.post(`/api/plans/${planId}/versions`, { label: 'Kaupunginvaltuustolle 12.6.2026' });
    const published = await clients.secretary!.post(`/api/plans/${planId}/publications`, { versionId: version.body.id });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ id: expect.any(String), versionId: version.body.id, publishedAt: expect.any(String) });
    expect(published.body.url).toMatch(new RegExp(`^${server.url}/julkaisut/porvoo/porvoon-kaupungin-hyvinvointisuunnitelma/[0-9a-f-]{36}$`));

    const page = await anonymous(published.body.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('Porvoon kaupungin hyvinvointisuunnitelma');
    expect(html).toContain('Kaupunginvaltuustolle 12.6.2026');
    expect(html).toContain('Osallisuuden huolellinen määrittely ja kuvaaminen.');
    expect(html).toContain('Sisällys');
    expect(html).toContain('Tilannekatsaus');
    expect(html).not.toMatch(/<script/i);

    const data = await anonymous(published.body.dataUrl);
    expect(data.headers.get('content-type')).toMatch(/^application\/json/);
    const json = await data.text();
    expect(JSON.parse(json)).toMatchObject({ id: planId, title: 'Porvoon kaupungin hyvinvointisuunnitelma', licence: { id: 'CC-BY-4.0' } });
    expect(JSON.parse(json).focusAreas.length).toBeGreaterThan(0);
    const csv = await (await anonymous(published.body.csvUrl)).text();
    for (const [what, text] of Object.entries({ html, json, csv })) {
      expect(text, what).not.toContain(COMMENT);
      expect(text, what).not.toMatch(EMAIL);
      expect(text, what).not.toContain('-ZQX');
    }
    // The latest address shows the same publication.
    expect(await (await anonymous(published.body.latestUrl)).text()).toBe(html);
  });

  it('escapes hostile text, and keeps a published version as it was whatever is edited later', async () => {
    await editFirstMeasure('title', HOSTILE);
    const published = (await admin.post(`/api/plans/${planId}/publications`, { label: 'Vihamielinen' })).body;
    const html = await (await anonymous(published.url)).text();
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');

    await editFirstMeasure('title', 'Myöhemmin muutettu otsikko');
    const again = await (await anonymous(published.url)).text();
    expect(again).toBe(html);
    expect(again).not.toContain('Myöhemmin muutettu otsikko');
    expect(JSON.stringify(await (await anonymous(published.dataUrl)).json())).not.toContain('Myöhemmin muutettu otsikko');
  });

  it('answers 304 to a reader who has the page, with a strong ETag and public caching', async () => {
    const [latest] = (await admin.get(`/api/plans/${planId}/publications`)).body;
    for (const url of [latest.url, latest.dataUrl, latest.csvUrl]) {
      const first = await anonymous(url);
      const etag = first.headers.get('etag')!;
      expect(etag, url).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
      const second = await anonymous(url, { 'If-None-Match': etag });
      expect(second.status).toBe(304);
      expect(await second.text()).toBe('');
    }
  });

  it('takes a publication down (410 for its page and data), and a new one works at a new address', async () => {
    const published = (await admin.post(`/api/plans/${planId}/publications`, { label: 'Poistettava' })).body;
    expect((await anonymous(published.url)).status).toBe(200);
    const removed = await clients.chair!.request('DELETE', `/api/plans/${planId}/publications/${published.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.unpublishedAt).toEqual(expect.any(String));
    for (const url of [published.url, published.dataUrl, published.csvUrl]) expect((await anonymous(url)).status, url).toBe(410);

    const again = (await admin.post(`/api/plans/${planId}/publications`, { label: 'Uudelleen' })).body;
    expect(again.url).not.toBe(published.url);
    expect((await anonymous(again.url)).status).toBe(200);
    expect((await anonymous(published.url)).status).toBe(410);

    // Every publication down: the plan's address is gone too; an address that never was is 404.
    for (const p of (await admin.get(`/api/plans/${planId}/publications`)).body) await admin.request('DELETE', `/api/plans/${planId}/publications/${p.id}`);
    expect((await anonymous(again.latestUrl)).status).toBe(410);
    expect((await anonymous(`${server.url}/julkaisut/porvoo/ei-ole`)).status).toBe(404);

    const audit = (await admin.get(`/api/plans/${planId}/audit`)).body as Array<{ entity: string; entityId: string; field: string; to: string | null }>;
    expect(audit.find((e) => e.entity === 'publication' && e.entityId === published.id && e.field === 'unpublished')).toBeDefined();
    expect(audit.find((e) => e.entity === 'publication' && e.entityId === again.id && e.field === 'published')?.to).toContain('sha256:');
  });

  it('keeps the accessibility statement the secretary writes', async () => {
    const published = (await admin.post(`/api/plans/${planId}/publications`, {})).body;
    const statement = {
      compliance: 'partial',
      nonAccessibleContent: 'Kaavioissa ei ole tekstivastinetta',
      assessedBy: 'itsearviointi',
      assessedOn: '2026-05-01',
      feedbackName: 'Porvoon kaupunki, viestintä',
      feedbackEmail: 'palaute@porvoo.fi',
    };
    expect((await clients.member!.request('PUT', `/api/plans/${planId}/accessibility-statement`, statement)).status).toBe(403);
    expect((await clients.secretary!.request('PUT', `/api/plans/${planId}/accessibility-statement`, { ...statement, compliance: 'maybe' })).status).toBe(400);
    expect((await clients.secretary!.request('PUT', `/api/plans/${planId}/accessibility-statement`, statement)).status).toBe(200);
    const page = await anonymous(`${published.latestUrl}/saavutettavuusseloste`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Kaavioissa ei ole tekstivastinetta');
    expect(html).toContain('Etelä-Suomen aluehallintovirasto');
  });
});

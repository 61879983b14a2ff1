import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingDocumentName, planDocumentName } from '../../shared/documentNames';
import { putGuest, readMeeting, setAgendaItemText, setAttendance, setMeetingMeta } from '../../shared/meeting';
import { readPlanData, setMeasureField } from '../../shared/plan';
import type { Role } from '../../shared/roles';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { claimMeeting } from '../support/meetingClaim';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

type Person = Role | 'outsider';
const PEOPLE: Person[] = ['chair', 'secretary', 'member', 'coordinator', 'viewer', 'outsider'];
const WRITERS: Person[] = ['chair', 'secretary', 'member'];
const PASSWORD = 'kokoussalasana-123';
const HOSTILE = `<script>alert("x")</script> & 'lainausmerkit' "ja" <b>lihava</b>`;

describe('meetings: the document keeps the group’s roles, minutes come out escaped and approved minutes stay', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let groupId: string;
  let planId: string;
  let meetingId: string;
  const clients: Record<string, ApiClient> = {};
  const names: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const sockets: TestClient[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'hyte-minutes-'));

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    groupId = (await admin.post('/api/groups', { name: 'Hyvinvointiryhmä' })).body.id;
    for (const person of PEOPLE) {
      names[person] = `Henkilö ${person}`;
      const created = await admin.post('/api/users', { email: `${person}@loviisa.fi`, name: names[person], password: PASSWORD });
      ids[person] = created.body.id;
      if (person !== 'outsider') await admin.request('PUT', `/api/groups/${groupId}/members/${created.body.id}`, { role: person });
      clients[person] = await ApiClient.login(server.url, `${person}@loviisa.fi`, PASSWORD);
    }
    const plan = await admin.post('/api/plans', {
      title: 'Hyvinvointisuunnitelma',
      groupId,
      measures: {
        focusAreas: [
          { title: 'Liikkuminen', goals: [{ title: 'Enemmän liikettä', measures: [{ title: 'Liikuntaneuvonta' }, { title: 'Koululiikunta' }] }] },
          { title: 'Osallisuus', goals: [{ title: 'Äänet kuuluviin', measures: [{ title: 'Nuorisovaltuusto' }] }] },
        ],
      },
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    planId = plan.body.id;
  });

  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await server?.destroy();
    rmSync(scratch, { recursive: true, force: true });
  });

  const connect = async (person: Person | 'admin', name = meetingDocumentName(meetingId)) => {
    const socket = await connectClient(server.collabUrl, name, person === 'admin' ? admin.token! : clients[person]!.token!);
    sockets.push(socket);
    return socket;
  };

  it('lets the chair and the secretary create a meeting with an agenda from the plan, and refuses bad requests', async () => {
    const body = { title: 'Kokous 1/2026', startsAt: '2026-03-12T12:00:00.000Z', planId };
    expect((await clients.member!.post(`/api/groups/${groupId}/meetings`, body)).status).toBe(403);
    expect((await clients.outsider!.post(`/api/groups/${groupId}/meetings`, body)).status).toBe(404);
    expect((await clients.chair!.post(`/api/groups/${groupId}/meetings`, { ...body, startsAt: 'huomenna' })).status).toBe(400);
    expect((await clients.chair!.post(`/api/groups/${groupId}/meetings`, { ...body, title: '' })).status).toBe(400);
    expect((await clients.chair!.post(`/api/groups/${groupId}/meetings`, { ...body, videoLink: 'javascript:alert(1)' })).status).toBe(400);
    expect((await clients.chair!.post(`/api/groups/${groupId}/meetings`, { ...body, planId: 'no-such-plan' })).status).toBe(404);
    expect((await clients.chair!.get(`/api/groups/${groupId}/meetings`)).body).toEqual([]);

    const created = await clients.secretary!.post(`/api/groups/${groupId}/meetings`, { ...body, place: 'Kaupungintalo', agenda: 'measures' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ title: 'Kokous 1/2026', state: 'planned', planId, groupId });
    meetingId = created.body.id;
    const detail = await clients.viewer!.get(`/api/meetings/${meetingId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ canWrite: false, canManage: false, data: { meta: { place: 'Kaupungintalo', planId } } });
    expect(detail.body.data.agenda.map((i: { kind: string; title: string }) => `${i.kind}:${i.title}`)).toEqual([
      'focusArea:Liikkuminen',
      'measure:Liikuntaneuvonta',
      'measure:Koululiikunta',
      'focusArea:Osallisuus',
      'measure:Nuorisovaltuusto',
    ]);
    expect((await clients.member!.get(`/api/meetings/${meetingId}`)).body).toMatchObject({ canWrite: true, canManage: false });
    expect((await clients.outsider!.get(`/api/meetings/${meetingId}`)).status).toBe(404);
    expect((await clients.chair!.get(`/api/groups/${groupId}/meetings`)).body.map((m: { id: string }) => m.id)).toEqual([meetingId]);
  });

  it('applies meeting edits only from writing roles; the others’ are neither applied nor stored; outsiders cannot connect', async () => {
    const observer = await connect('admin');
    const itemId = readMeeting(observer.doc).agenda[0]!.id;
    for (const person of PEOPLE.filter((p) => p !== 'outsider')) {
      const socket = await connect(person);
      setAgendaItemText(socket.doc, itemId, 'notes', `muistiinpano: ${person}`);
      if (WRITERS.includes(person)) {
        await waitForAcknowledged(socket);
        await waitFor(() => readMeeting(observer.doc).agenda[0]!.notes === `muistiinpano: ${person}`, `${person}'s note`);
      } else {
        await new Promise((r) => setTimeout(r, 400));
        expect(readMeeting(observer.doc).agenda[0]!.notes, person).not.toBe(`muistiinpano: ${person}`);
        expect(socket.provider.hasUnsyncedChanges, person).toBe(true);
      }
      socket.destroy();
    }
    await expect(connect('outsider')).rejects.toThrow(/Authentication failed/);
    observer.destroy();
    // What was refused never reached the disk: after a kill, the member's note is the last one.
    await server.kill('SIGKILL');
    await server.spawn();
    expect((await admin.get(`/api/meetings/${meetingId}`)).body.data.agenda[0].notes).toBe('muistiinpano: member');
  });

  it('passes the presenter’s position from writing roles only', async () => {
    const chair = await connect('chair');
    const viewer = await connect('viewer');
    const member = await connect('member');
    viewer.provider.awareness!.setLocalStateField('meeting', { presenting: true, itemId: 'x' });
    member.provider.awareness!.setLocalStateField('meeting', { presenting: true, itemId: 'y', huge: 'z'.repeat(10) });
    const stateOf = (socket: TestClient) => chair.provider.awareness!.getStates().get(socket.doc.clientID)?.meeting as { presenting?: boolean; itemId?: string } | undefined;
    await waitFor(() => stateOf(viewer)?.itemId === 'x' && stateOf(member)?.itemId === 'y', 'both positions');
    expect(stateOf(viewer)?.presenting).toBe(false);
    expect(stateOf(member)?.presenting).toBe(true);
    member.provider.awareness!.setLocalStateField('meeting', { presenting: true, itemId: 'big', padding: 'z'.repeat(2000) });
    await new Promise((r) => setTimeout(r, 300));
    expect(stateOf(member)?.itemId).not.toBe('big');
    [chair, viewer, member].forEach((s) => s.destroy());
  });

  it('lists the changes made in the meeting (not others’ made meanwhile) under their item; minutes escape hostile text in HTML, DOCX and tagged PDF', async () => {
    expect((await clients.member!.post(`/api/meetings/${meetingId}/state`, { state: 'open' })).status).toBe(403);
    expect((await clients.chair!.post(`/api/meetings/${meetingId}/state`, { state: 'later' })).status).toBe(400);
    expect((await clients.chair!.post(`/api/meetings/${meetingId}/state`, { state: 'open' })).body.state).toBe('open');

    const plan = await connect('member', planDocumentName(planId));
    expect(await claimMeeting(plan, meetingId)).toEqual({ type: 'meetingClaim', meetingId, accepted: true });
    const measures = readPlanData(plan.doc, planId).focusAreas.flatMap((a) => a.goals.flatMap((g) => g.measures));
    setMeasureField(plan.doc, measures[0]!.id, 'status', 'done');
    setMeasureField(plan.doc, measures[2]!.id, 'status', 'started');
    await waitForAcknowledged(plan);
    plan.destroy();
    // The chair changes a status while the meeting is open, but not in it (no claim): not the meeting's change.
    const elsewhere = await connect('chair', planDocumentName(planId));
    setMeasureField(elsewhere.doc, measures[1]!.id, 'status', 'not-started');
    await waitForAcknowledged(elsewhere);
    elsewhere.destroy();

    const meeting = await connect('secretary');
    const first = readMeeting(meeting.doc).agenda[1]!;
    setAgendaItemText(meeting.doc, first.id, 'title', `Liikuntaneuvonta ${HOSTILE}`);
    // A control character XML forbids would make a broken Word file: it is dropped.
    setAgendaItemText(meeting.doc, first.id, 'decision', `Päätös: ${HOSTILE}\u0007`);
    setAttendance(meeting.doc, ids.chair!, 'present');
    setAttendance(meeting.doc, ids.viewer!, 'deputy', ids.coordinator!);
    putGuest(meeting.doc, { name: `Vieras ${HOSTILE}`, note: 'THL, asiantuntija' });
    setMeetingMeta(meeting.doc, { title: 'ei tämä' });
    meeting.doc.getMap('attendance').set('broken', 'not an attendance');
    await waitForAcknowledged(meeting);
    expect((await clients.chair!.post(`/api/meetings/${meetingId}/state`, { state: 'closed' })).body.state).toBe('closed');

    const html = await fetch(`${server.url}/api/meetings/${meetingId}/minutes?format=html`, { headers: { Authorization: `Bearer ${clients.viewer!.token}` } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    const page = await html.text();
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>lihava');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;lainausmerkit&#39;');
    const section = page.slice(page.indexOf('§ 2'), page.indexOf('§ 3'));
    expect(section).toContain(`Liikuntaneuvonta – tila: ennen Ei arvioitu, nyt Valmis (${names.member})`);
    expect(page.slice(page.indexOf('§ 5'))).toContain(`Nuorisovaltuusto – tila: ennen Ei arvioitu, nyt Aloitettu (${names.member})`);
    expect(page).not.toContain('Koululiikunta – tila');
    expect(page).toContain(`<th scope="row">${names.chair}</th><td>Läsnä</td>`);
    expect(page).toContain(`<th scope="row">${names.viewer}</th><td>Varajäsenenä, varsinainen jäsen ${names.coordinator}</td>`);
    expect(page).toContain(`<th scope="row">${names.coordinator}</th><td>Poissa, varajäsen ${names.viewer}</td>`);
    expect(page).toContain(`<th scope="row">Vieras &lt;script&gt;`);
    expect(page).not.toContain('\u0007');
    expect(page).toContain('Pöytäkirjantarkastaja');

    const docx = await fetch(`${server.url}/api/meetings/${meetingId}/minutes?format=docx`, { headers: { Authorization: `Bearer ${clients.viewer!.token}` } });
    expect(docx.status).toBe(200);
    const wordFile = Buffer.from(await docx.arrayBuffer());
    const { value: word } = await mammoth.extractRawText({ buffer: wordFile });
    expect(word).toContain(`Päätös: ${HOSTILE}`);
    expect(word).not.toContain('\u0007');
    expect(word).toContain(`Liikuntaneuvonta – tila: ennen Ei arvioitu, nyt Valmis (${names.member})`);
    expect(word).not.toContain('Koululiikunta – tila');
    // The attendance is a table whose first row is its header.
    const { value: wordHtml } = await mammoth.convertToHtml({ buffer: wordFile });
    expect(wordHtml).toMatch(/<table><thead><tr><th><p><strong>Nimi<\/strong><\/p><\/th><th><p><strong>Läsnäolo<\/strong><\/p><\/th><\/tr><\/thead>/);
    expect(wordHtml).toContain(`<td><p>${names.chair}</p></td><td><p>Läsnä</p></td>`);
    expect(wordHtml).toContain('Vieras &lt;script&gt;');

    const pdf = await fetch(`${server.url}/api/meetings/${meetingId}/minutes?format=pdf`, { headers: { Authorization: `Bearer ${clients.viewer!.token}` } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = join(scratch, 'minutes.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`Päätös: ${HOSTILE}`.replace(/\s+/g, ' '));
    expect(text).toContain('Sihteeri');
    expect(text).not.toContain('Koululiikunta – tila');
    // Tagged: headings, the item's heading with the hostile words as text, the attendance as a table with header cells.
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(tree.split('\n')[0]).toBe('Document');
    expect(tree).toMatch(/H1 \(block\)\n\s+"Pöytäkirja: ei tämä"/);
    expect(tree).toContain(`"§ 2 Liikuntaneuvonta ${HOSTILE}"`);
    expect(tree).toMatch(/H3 \(block\)\n\s+"Päätös"/);
    expect(tree).toMatch(/Table \(block\)\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+"Nimi"\n\s+TH:\n\s+\/Scope \/Column\n\s+"Läsnäolo"/);
    expect(tree).toMatch(new RegExp(`TH:\\n\\s+/Scope /Row\\n\\s+"${names.chair}"\\n\\s+TD\\n\\s+"Läsnä"`));
    expect(tree).toMatch(/LI \(block\)\n\s+Lbl \(block\)\n\s+"•"\n\s+LBody \(block\)\n\s+P \(block\)\n\s+"Liikuntaneuvonta – tila: ennen Ei arvioitu, nyt Valmis/);
    meeting.destroy();
  });

  it('approves once; approved minutes and extracts come from the snapshot, not the live document', async () => {
    expect((await clients.member!.post(`/api/meetings/${meetingId}/approve`, {})).status).toBe(403);
    const approved = await clients.chair!.post(`/api/meetings/${meetingId}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', approvedBy: { name: names.chair } });
    expect((await clients.chair!.post(`/api/meetings/${meetingId}/approve`, {})).status).toBe(409);
    expect((await clients.chair!.post(`/api/meetings/${meetingId}/state`, { state: 'open' })).status).toBe(409);

    const minutes = () => clients.viewer!.get(`/api/meetings/${meetingId}/minutes?format=html`).then((r) => r.body as string);
    const before = await minutes();
    expect(before).toContain('Hyväksytty pöytäkirja');
    const member = await connect('member');
    const itemId = readMeeting(member.doc).agenda[1]!.id;
    setAgendaItemText(member.doc, itemId, 'decision', 'Jälkikäteen muutettu');
    await waitForAcknowledged(member);
    member.destroy();
    expect(await minutes()).toBe(before);

    const extract = (await clients.viewer!.get(`/api/meetings/${meetingId}/minutes?format=html&item=${itemId}`)).body as string;
    expect(extract).toContain('Pöytäkirjanote');
    expect(extract).toContain('§ 2');
    expect(extract).not.toContain('§ 1 ');
    expect(extract).not.toContain('Jälkikäteen');
    expect((await clients.viewer!.get(`/api/meetings/${meetingId}/minutes?format=html&item=nope`)).status).toBe(404);
    expect((await clients.viewer!.get(`/api/meetings/${meetingId}/minutes?format=rtf`)).status).toBe(400);
  });
});

import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { anchorInText } from '../../shared/discussion';
import { ApiClient } from '../support/api';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'vienti-salasana-1';
const HOSTILE = '<script>alert(1)</script> & "lainaus" ]]>';

describe('DOCX export with comments (comments=1)', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let coordinator: ApiClient;
  let outsider: ApiClient;
  let planId: string;
  let measureTitle: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [group] = (await admin.get('/api/groups')).body;
    planId = (await admin.get('/api/plans')).body[0].id;
    const coordinatorUser = await admin.post('/api/users', { email: 'koordinaattori@porvoo.fi', name: 'Kaisa Koordinaattori', password: PASSWORD });
    await admin.request('PUT', `/api/groups/${group.id}/members/${coordinatorUser.body.id}`, { role: 'coordinator' });
    await admin.post('/api/users', { email: 'ulkopuolinen@pori.fi', name: 'Ulla Ulkopuolinen', password: PASSWORD });
    coordinator = await ApiClient.login(server.url, 'koordinaattori@porvoo.fi', PASSWORD);
    outsider = await ApiClient.login(server.url, 'ulkopuolinen@pori.fi', PASSWORD);

    const measure = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0];
    measureTitle = measure.title;
    const open = await coordinator.post(`/api/plans/${planId}/comments`, { measureId: measure.id, text: `Tilanne? ${HOSTILE}` });
    await admin.post(`/api/plans/${planId}/comments`, { threadId: open.body.threadId, text: 'Aloitettu.' });
    const resolved = await coordinator.post(`/api/plans/${planId}/comments`, { measureId: measure.id, text: 'Ratkaistu jo' });
    await coordinator.request('PATCH', `/api/plans/${planId}/comments/${resolved.body.threadId}`, { resolved: true });

    // A passage of the text, then words typed inside it: the export follows the anchor, not the old quote.
    const editor = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    const text = (editor.doc.getXmlFragment('body').get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const words = 'hyvinvointialueen kanssa';
    const index = text.toString().indexOf(words);
    await coordinator.post(`/api/plans/${planId}/comments`, {
      anchor: anchorInText(text, index, words.length),
      quote: words,
      text: 'Kenen kanssa?',
    });
    text.insert(text.toString().indexOf('kanssa'), 'tiiviissä ');
    await waitForAcknowledged(editor);
    editor.destroy();
  });
  afterAll(async () => server?.destroy());

  const download = (client: ApiClient, query: string) =>
    fetch(`${server.url}/api/plans/${planId}/export?${query}`, { headers: { Authorization: `Bearer ${client.token}` } });

  it('prints the open threads as Word comments, escaped, on their measure and passage', async () => {
    const response = await download(coordinator, 'format=docx&comments=1');
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('w:author="Kaisa Koordinaattori"');
    expect(comments).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;lainaus&quot; ]]&gt;');
    expect(comments).not.toContain('<script');
    expect(comments).toContain('Aloitettu.');
    expect(comments).toContain('Kenen kanssa?');
    // Only open threads.
    expect(comments).not.toContain('Ratkaistu jo');

    const document = await zip.file('word/document.xml')!.async('string');
    const rangeOf = (id: string) =>
      document
        .slice(document.indexOf(`<w:commentRangeStart w:id="${id}"/>`), document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`))
        .replace(/<[^>]+>/g, '');
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) => m[1]!);
    const ranges = ids.map(rangeOf);
    expect(ranges).toContain(measureTitle.replace(/&/g, '&amp;'));
    expect(ranges).toContain('hyvinvointialueen tiiviissä kanssa');

    // Real readers still open it.
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain(measureTitle);
  });

  it('leaves comments out unless asked, and refuses them for other formats or bad values', async () => {
    const plain = await JSZip.loadAsync(Buffer.from(await (await download(coordinator, 'format=docx')).arrayBuffer()));
    expect(plain.file('word/comments.xml')).toBeNull();
    expect((await download(coordinator, 'format=pdf&comments=1')).status).toBe(400);
    expect((await download(coordinator, 'format=docx&comments=yes')).status).toBe(400);
  });

  it('gives nothing to someone who may not see the plan', async () => {
    expect((await download(outsider, 'format=docx&comments=1')).status).toBe(404);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { getMeasure, readMeasure, setMeasureField } from '../../shared/plan';
import type { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { roundFixture } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The measure sheet's columns as the export lays them out (the eleventh, hidden, holds the ids). */
const COLUMN = { title: 3, schedule: 7, status: 8, statusNote: 9, id: 11 } as const;

/** A measure as an open document has it now. */
const measureIn = (client: TestClient, id: string) => readMeasure(id, getMeasure(client.doc, id)!);

describe('the Excel round trip: export, edit in Excel, preview, apply, undo', () => {
  let server: ServerProcess;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    fixture = await roundFixture(server.url);
  });
  afterAll(async () => server?.destroy());

  async function exportXlsx(client: ApiClient, planId = fixture.planId): Promise<Buffer> {
    const response = await fetch(`${server.url}/api/plans/${planId}/export?format=xlsx`, { headers: { Authorization: `Bearer ${client.token}` } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  /** Edits the exported file as Excel would: the measure sheet, its rows found by their hidden ids. */
  async function editInExcel(bytes: Buffer, edit: (sheet: ExcelJS.Worksheet, rowOf: (measureId: string) => ExcelJS.Row) => void): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Toimenpidetaulukko')!;
    const rowOf = (measureId: string) => {
      for (let number = 2; number <= sheet.rowCount; number++) if (sheet.getRow(number).getCell(COLUMN.id).text === measureId) return sheet.getRow(number);
      throw new Error(`no row of ${measureId}`);
    };
    edit(sheet, rowOf);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async function send(client: ApiClient, path: string, bytes: Buffer, type = XLSX_TYPE) {
    const response = await fetch(`${server.url}/api/plans/${fixture.planId}/table-file/${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': type },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  it('previews exactly what the file changes, applies it as one attributed change merged with another client\'s edits, and undoes it', async () => {
    const { people, planId, measures } = fixture;
    const [m0, m1, m2, m3] = measures.map((m) => m.id) as [string, string, string, string];
    const chair = people.chair.client;
    // Another member has the plan open in the app the whole time.
    const other = await connectClient(server.collabUrl, planDocumentName(planId), people.member.client.token!);
    try {
      const exported = await exportXlsx(chair);

      // In Excel: two statuses and two notes changed, a new row (no id) under the same goal, m3's row deleted.
      const edited = await editInExcel(exported, (sheet, rowOf) => {
        rowOf(m0).getCell(COLUMN.status).value = 'Viety suunnitellusti loppuun';
        rowOf(m0).getCell(COLUMN.statusNote).value = 'Harrastus käynnissä kaikilla kouluilla';
        rowOf(m1).getCell(COLUMN.statusNote).value = 'Kerhot alkavat syksyllä';
        // Written as Excel users do, in another wording of the same status.
        rowOf(m2).getCell(COLUMN.status).value = 'keltainen';
        sheet.spliceRows(rowOf(m3).number, 1);
        sheet.addRow(['Lasten ja nuorten hyvinvointi', 'Harrastamisen Suomen malli', 'Liikuntakerho yläkouluihin', 'Liikuntapalvelut; Nuorisopalvelut', 'lapset ja nuoret', '', '2026', 'Aloitettu', 'Ohjaajat haussa']);
      });

      // Meanwhile in the app: m2's status (the same field as the file: a conflict) and m3's schedule (a measure the file lacks).
      setMeasureField(other.doc, m2, 'status', 'done');
      setMeasureField(other.doc, m3, 'schedule', 'syksy 2026');
      await waitForAcknowledged(other);

      const preview = await send(chair, 'preview', edited);
      expect(preview.status).toBe(200);
      const place = { focusArea: 'Lasten ja nuorten hyvinvointi', goal: 'Harrastamisen Suomen malli' };
      expect(preview.body).toEqual({
        token: expect.stringMatching(/^[0-9a-f]{64}$/),
        file: { planTitle: 'Porvoon hyvinvointisuunnitelma 2025–2028', exportedAt: expect.any(String), versionLabel: null, rows: 4 },
        changes: [
          {
            row: 2, measureId: m0, title: measures[0]!.title, ...place,
            changes: [
              { field: 'status', from: 'started', to: 'done' },
              { field: 'statusNote', from: 'Kysely tehty', to: 'Harrastus käynnissä kaikilla kouluilla' },
            ],
          },
          { row: 3, measureId: m1, title: measures[1]!.title, ...place, changes: [{ field: 'statusNote', from: '', to: 'Kerhot alkavat syksyllä' }] },
        ],
        conflicts: [{ row: 4, measureId: m2, title: measures[2]!.title, ...place, field: 'status', exported: 'not-started', live: 'done', file: 'started' }],
        added: [
          {
            row: 5, ...place, outcome: 'add',
            values: { title: 'Liikuntakerho yläkouluihin', responsible: 'Liikuntapalvelut; Nuorisopalvelut', targetGroup: 'lapset ja nuoret', indicator: '', schedule: '2026', status: 'started', statusNote: 'Ohjaajat haussa' },
          },
        ],
        lacking: [{ measureId: m3, title: measures[3]!.title, ...place, reason: 'removed-from-file' }],
        gone: [],
        ignored: [],
      });
      // A preview changes nothing.
      expect(measureIn(other, m0).status).toBe('started');

      // Between preview and apply the other member edits m1's title: not a field the file writes, so the preview still holds.
      setMeasureField(other.doc, m1, 'title', 'Kerhotoiminta kaikille alakouluille');
      await waitForAcknowledged(other);
      // The whole file is one transaction: the open document receives it as one update.
      let updates = 0;
      const countUpdates = () => void updates++;
      other.doc.on('update', countUpdates);
      const applied = await send(chair, `apply?token=${preview.body.token}`, edited);
      expect(applied.status).toBe(200);
      expect(applied.body).toEqual({ changeId: expect.any(String), appliedAt: expect.any(String), fields: 3, measures: 2, added: 1 });

      // The open document has it live, and the other member's edits stay.
      await waitFor(() => measureIn(other, m0).status === 'done', 'the applied status in the open document');
      expect(measureIn(other, m0).statusNote).toBe('Harrastus käynnissä kaikilla kouluilla');
      expect(updates).toBe(1);
      other.doc.off('update', countUpdates);
      expect(measureIn(other, m1)).toMatchObject({ title: 'Kerhotoiminta kaikille alakouluille', statusNote: 'Kerhot alkavat syksyllä' });
      expect(measureIn(other, m2).status).toBe('done');
      expect(measureIn(other, m3)).toMatchObject({ schedule: 'syksy 2026', title: measures[3]!.title });
      const data = (await chair.get(`/api/plans/${planId}/data`)).body;
      const added = data.focusAreas[0].goals[0].measures.find((m: any) => m.title === 'Liikuntakerho yläkouluihin');
      expect(added).toMatchObject({ responsible: 'Liikuntapalvelut, Nuorisopalvelut', targetGroup: 'lapset ja nuoret', status: 'started', schedule: '2026' });
      // The existing party was matched, the new one made.
      expect(added.responsibleParties[0]).toEqual(measures[2]!.responsibleParties[0]);

      // The audit trail names the uploader for each field, and the upload itself.
      const audit = (await chair.get(`/api/plans/${planId}/audit?entityId=${m0}`)).body as any[];
      expect(audit.find((e) => e.field === 'status')).toMatchObject({ from: 'started', to: 'done', user: { id: people.chair.id } });
      expect(audit.find((e) => e.field === 'statusNote')).toMatchObject({ from: 'Kysely tehty', to: 'Harrastus käynnissä kaikilla kouluilla', user: { id: people.chair.id } });
      expect((await chair.get(`/api/plans/${planId}/audit?entity=tableFile`)).body[0]).toMatchObject({ entityId: applied.body.changeId, field: 'applied', user: { id: people.chair.id } });

      // Applying the same preview again: the plan has it already, so the token no longer matches.
      const again = await send(chair, `apply?token=${preview.body.token}`, edited);
      expect(again.status).toBe(409);
      expect(again.body.preview.changes).toEqual([]);

      // After the apply the other member rewrites m0's note; undo sets back the rest and keeps that.
      setMeasureField(other.doc, m0, 'statusNote', 'Tarkennettu kokouksessa');
      await waitForAcknowledged(other);
      const undo = await chair.post(`/api/plans/${planId}/table-file/changes/${applied.body.changeId}/undo`, {});
      expect(undo.status).toBe(200);
      expect(undo.body).toEqual({ restored: 2, removed: 1, kept: [{ measureId: m0, title: measures[0]!.title, field: 'statusNote' }] });
      await waitFor(() => measureIn(other, m0).status === 'started', 'the status set back in the open document');
      expect(measureIn(other, m0).statusNote).toBe('Tarkennettu kokouksessa');
      expect(measureIn(other, m1)).toMatchObject({ title: 'Kerhotoiminta kaikille alakouluille', statusNote: '' });
      expect(measureIn(other, m2).status).toBe('done');
      const after = (await chair.get(`/api/plans/${planId}/data`)).body;
      expect(after.focusAreas[0].goals[0].measures.map((m: any) => m.id)).toEqual([m0, m1, m2, m3]);
      expect((await chair.post(`/api/plans/${planId}/table-file/changes/${applied.body.changeId}/undo`, {})).status).toBe(409);
      const undoneAudit = (await chair.get(`/api/plans/${planId}/audit?entityId=${m0}&field=status`)).body as any[];
      expect(undoneAudit[0]).toMatchObject({ from: 'done', to: 'started', user: { id: people.chair.id } });
    } finally {
      other.destroy();
    }
  });

  it('shows a field changed in the app after the preview as a conflict, and applies the new preview', async () => {
    const { people, planId, measures } = fixture;
    const m1 = measures[1]!.id;
    const chair = people.chair.client;
    const other = await connectClient(server.collabUrl, planDocumentName(planId), people.member.client.token!);
    try {
      const edited = await editInExcel(await exportXlsx(chair), (_sheet, rowOf) => {
        rowOf(m1).getCell(COLUMN.statusNote).value = 'Kerhot alkavat tammikuussa';
        rowOf(m1).getCell(COLUMN.schedule).value = '2027';
      });
      const preview = await send(chair, 'preview', edited);
      expect(preview.body.changes.map((c: any) => c.changes.map((f: any) => f.field))).toEqual([['schedule', 'statusNote']]);

      // The other member writes the same note field before the chair applies: nothing is written, a new preview comes back.
      setMeasureField(other.doc, m1, 'statusNote', 'Kerhot alkavat maaliskuussa');
      await waitForAcknowledged(other);
      const stale = await send(chair, `apply?token=${preview.body.token}`, edited);
      expect(stale.status).toBe(409);
      expect(stale.body.preview.conflicts).toEqual([
        expect.objectContaining({ measureId: m1, field: 'statusNote', live: 'Kerhot alkavat maaliskuussa', file: 'Kerhot alkavat tammikuussa' }),
      ]);
      expect(stale.body.preview.changes).toEqual([expect.objectContaining({ measureId: m1, changes: [{ field: 'schedule', from: '', to: '2027' }] })]);
      expect(measureIn(other, m1).schedule).toBe('');

      const applied = await send(chair, `apply?token=${stale.body.preview.token}`, edited);
      expect(applied.status).toBe(200);
      await waitFor(() => measureIn(other, m1).schedule === '2027', 'the schedule in the open document');
      expect(measureIn(other, m1).statusNote).toBe('Kerhot alkavat maaliskuussa');
    } finally {
      other.destroy();
    }
  });

  it('writes the file\'s value of a conflict chosen for it, in the same undoable change, and refuses a choice the preview did not offer', async () => {
    const { people, planId, measures } = fixture;
    const m2 = measures[2]!.id;
    const chair = people.chair.client;
    const other = await connectClient(server.collabUrl, planDocumentName(planId), people.member.client.token!);
    try {
      const before = measureIn(other, m2);
      const edited = await editInExcel(await exportXlsx(chair), (_sheet, rowOf) => {
        rowOf(m2).getCell(COLUMN.statusNote).value = 'Tiedoston arvio';
        rowOf(m2).getCell(COLUMN.title).value = `${before.title} (tiedostosta)`;
      });
      setMeasureField(other.doc, m2, 'statusNote', 'Sovelluksen arvio');
      await waitForAcknowledged(other);
      const preview = await send(chair, 'preview', edited);
      expect(preview.body.conflicts).toEqual([expect.objectContaining({ measureId: m2, field: 'statusNote', live: 'Sovelluksen arvio', file: 'Tiedoston arvio' })]);

      for (const bad of [`${m2}:title`, `${m2}:nope`, 'x'.repeat(65) + ':status']) {
        const refused = await send(chair, `apply?token=${preview.body.token}&useFile=${encodeURIComponent(bad)}`, edited);
        expect(refused.status, bad).toBe(400);
      }
      expect(measureIn(other, m2).title).toBe(before.title);

      const applied = await send(chair, `apply?token=${preview.body.token}&useFile=${m2}:statusNote`, edited);
      expect(applied.status).toBe(200);
      expect(applied.body).toMatchObject({ fields: 2, measures: 1, added: 0 });
      await waitFor(() => measureIn(other, m2).statusNote === 'Tiedoston arvio', 'the file\'s note in the open document');
      expect(measureIn(other, m2).title).toBe(`${before.title} (tiedostosta)`);
      const audit = (await chair.get(`/api/plans/${planId}/audit`)).body;
      expect(audit).toContainEqual(expect.objectContaining({ entityId: m2, field: 'statusNote', from: 'Sovelluksen arvio', to: 'Tiedoston arvio', user: expect.objectContaining({ id: people.chair.id }) }));

      const undone = await fetch(`${server.url}/api/plans/${planId}/table-file/changes/${applied.body.changeId}/undo`, { method: 'POST', headers: { Authorization: `Bearer ${chair.token}` } });
      expect(undone.status).toBe(200);
      expect(await undone.json()).toMatchObject({ restored: 2, kept: [] });
      await waitFor(() => measureIn(other, m2).statusNote === 'Sovelluksen arvio', 'the plan\'s note back');
      expect(measureIn(other, m2).title).toBe(before.title);
    } finally {
      other.destroy();
    }
  });

  it('refuses another plan\'s file, a changed or copied id and a bad status, naming the rows, and writes nothing', async () => {
    const { people, planId, measures, admin, group } = fixture;
    const chair = people.chair.client;
    const before = (await chair.get(`/api/plans/${planId}/data`)).body;

    const other = await admin.post('/api/plans', { title: 'Sipoon hyvinvointisuunnitelma', groupId: group.id, measures: { focusAreas: [{ title: 'Osallisuus', goals: [{ title: 'Kuuleminen', measures: [{ title: 'Nuorisovaltuusto' }] }] }] } });
    const otherPlan = await send(chair, 'preview', await exportXlsx(chair, other.body.id));
    expect(otherPlan.status).toBe(400);
    expect(otherPlan.body.problems).toEqual([{ kind: 'other-plan', planTitle: 'Sipoon hyvinvointisuunnitelma', exportedAt: expect.any(String) }]);
    expect(otherPlan.body.error).toMatch(/another plan, "Sipoon hyvinvointisuunnitelma"/);

    const exported = await exportXlsx(chair);
    const damaged = await editInExcel(exported, (sheet, rowOf) => {
      rowOf(measures[0]!.id).getCell(COLUMN.id).value = 'tunniste-muutettu';
      rowOf(measures[1]!.id).getCell(COLUMN.status).value = 'vihreähkö';
      // A row copied whole, id and all.
      sheet.addRow((sheet.getRow(rowOf(measures[2]!.id).number).values as ExcelJS.CellValue[]).slice(1));
    });
    const refused = await send(chair, 'preview', damaged);
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([
      { kind: 'changed-id', row: 2, value: 'tunniste-muutettu' },
      { kind: 'bad-status', row: 3, value: 'vihreähkö' },
      { kind: 'duplicate-id', row: 6, firstRow: 4 },
    ]);
    expect(refused.body.error).toContain('Row 2: the measure id "tunniste-muutettu" is not one the file was exported with');
    expect(refused.body.error).toContain('Row 3: "vihreähkö" is not a status');
    expect(refused.body.error).toContain('Row 6: the same measure id as row 4');
    // Apply refuses it the same way, whatever token it is given.
    expect((await send(chair, `apply?token=${'0'.repeat(64)}`, damaged)).body.problems).toHaveLength(3);

    // A table that was never exported from the app, and a CSV.
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Taulukko').addRows([['Painopiste', 'Tavoite', 'Toimenpide'], ['A', 'B', 'C']]);
    expect((await send(chair, 'preview', Buffer.from(await plain.xlsx.writeBuffer()))).body.problems).toEqual([{ kind: 'not-exported' }]);
    expect((await send(chair, 'preview', Buffer.from('Painopiste;Tavoite;Toimenpide\n'), 'text/csv')).status).toBe(415);
    expect((await chair.get(`/api/plans/${planId}/data`)).body).toEqual(before);
  });

  it('lets only the roles that edit the plan upload, and refuses the others before reading the file', async () => {
    const { people, planId } = fixture;
    const exported = await exportXlsx(people.chair.client);
    for (const role of ['coordinator', 'viewer'] as const) {
      // The body never ends: an answer at all shows that the role was checked before the file was read.
      const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array(exported.subarray(0, 1000))) });
      const response = await fetch(`${server.url}/api/plans/${planId}/table-file/preview`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${people[role].client.token}`, 'Content-Type': XLSX_TYPE },
        body,
        duplex: 'half',
        signal: AbortSignal.timeout(10_000),
      } as RequestInit);
      expect(response.status).toBe(403);
      await body.cancel().catch(() => undefined);
    }
    expect((await send(people.member.client, 'preview', exported)).status).toBe(200);
    expect((await people.viewer.client.post(`/api/plans/${planId}/table-file/changes/nothing/undo`, {})).status).toBe(403);
    expect((await people.member.client.post(`/api/plans/${planId}/table-file/changes/nothing/undo`, {})).status).toBe(404);
    expect((await send(people.member.client, 'apply?token=abc', exported)).status).toBe(400);
    // The import's limits: a file over 10 MB is refused before it is read.
    expect((await send(people.member.client, 'preview', Buffer.alloc(11 * 1024 * 1024))).status).toBe(413);
  });
});

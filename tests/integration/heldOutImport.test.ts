/**
 * Issue 13's acceptance check: a held-out measure table, with target groups
 * and parties the sample data does not have, written the ways real Finnish
 * tables write them (hyphen-cut names, line breaks and semicolons, odd
 * whitespace, the same name in another case), imported as a JSON body, a CSV
 * and an XLSX file. Every name is then read back from /data, the yearly
 * report and the exports: each exactly once, none dropped, the lead first.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The measures as a table cell writes them; `parties`, `groups` and `projects` what each must come to, in order. */
const ROWS = [
  {
    focusArea: 'Yhdenvertaisuus',
    goal: 'Kaikki mukaan',
    title: 'Kotoutumista tukevat vertaisryhmät',
    responsible: 'Maahanmuuttopalvelut\nSosiaali- ja terveystoimi; Nuorisopalvelut',
    targetGroup: 'Maahanmuuttajat',
    project: 'Kotona Suomessa',
    status: 'started',
    parties: ['Maahanmuuttopalvelut', 'Sosiaali- ja terveystoimi', 'Nuorisopalvelut'],
    groups: ['Maahanmuuttajat'],
    projects: ['Kotona Suomessa'],
  },
  {
    focusArea: 'Yhdenvertaisuus',
    goal: 'Kaikki mukaan',
    title: 'Esteettömät liikuntapaikat',
    responsible: 'Mielenterveys- ja päihdepalvelut, liikunta-, kulttuuri- ja vapaa-aikapalvelut,\tJärjestöt ja  seurakunnat',
    targetGroup: 'Vammaiset henkilöt',
    project: 'Liikkuva kunta, toinen vaihe',
    status: 'done',
    parties: ['Mielenterveys- ja päihdepalvelut', 'liikunta-, kulttuuri- ja vapaa-aikapalvelut', 'Järjestöt ja seurakunnat'],
    groups: ['Vammaiset henkilöt'],
    projects: ['Liikkuva kunta, toinen vaihe'],
  },
  {
    focusArea: 'Yhdenvertaisuus',
    goal: 'Sukupolvet yhdessä',
    title: 'Sukupolvien kohtaamiset',
    // The same party as above in another case and with stray spaces, and once more in the same cell.
    responsible: '  nuorisopalvelut ;Vanhusneuvosto;  NUORISOPALVELUT',
    targetGroup: 'lapset ja nuoret, ikäihmiset',
    project: '',
    status: 'not-started',
    parties: ['Nuorisopalvelut', 'Vanhusneuvosto'],
    groups: ['lapset ja nuoret', 'ikäihmiset'],
    projects: [],
  },
  {
    focusArea: 'Arjen tuki',
    goal: 'Omaishoidon jaksaminen',
    title: 'Omaishoitajien virkistyspäivät',
    // A hyphen-cut name broken over two lines, double spaces, and a party named above written with a non-breaking space.
    responsible: 'Sosiaali-\nja  terveystoimi\nJärjestöt\u00a0ja seurakunnat',
    targetGroup: 'Omaishoitajat\nikäihmiset;  omaishoitajat ',
    project: 'Omaishoidon kehittämishanke\nKotona Suomessa',
    status: '',
    parties: ['Sosiaali- ja terveystoimi', 'Järjestöt ja seurakunnat'],
    groups: ['Omaishoitajat', 'ikäihmiset'],
    projects: ['Omaishoidon kehittämishanke', 'Kotona Suomessa'],
  },
];

const PARTIES = uniqueInOrder(ROWS.flatMap((row) => row.parties));
const GROUPS = uniqueInOrder(ROWS.flatMap((row) => row.groups));
const PROJECTS = uniqueInOrder(ROWS.flatMap((row) => row.projects));
const CONTACTS = {
  'Mielenterveys- ja päihdepalvelut': [{ name: 'Outi Ojala', email: 'outi.ojala@example.fi' }],
  Nuorisopalvelut: [
    { name: 'Liisa Laine', email: 'liisa.laine@example.fi' },
    { name: 'Pekka Puro', email: '' },
  ],
};

function uniqueInOrder(names: string[]): string[] {
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
}

const measuresOf = (data: any): any[] => data.focusAreas.flatMap((fa: any) => fa.goals.flatMap((g: any) => g.measures));
const names = (entries: Array<{ name?: string; label?: string }>) => entries.map((entry) => entry.name ?? entry.label);

function bodyTable() {
  const focusAreas: any[] = [];
  for (const row of ROWS) {
    let focusArea = focusAreas.find((fa) => fa.title === row.focusArea);
    if (!focusArea) focusAreas.push((focusArea = { title: row.focusArea, goals: [] }));
    let goal = focusArea.goals.find((g: any) => g.title === row.goal);
    if (!goal) focusArea.goals.push((goal = { title: row.goal, measures: [] }));
    goal.measures.push({ title: row.title, responsible: row.responsible, targetGroup: row.targetGroup, project: row.project, status: row.status || undefined });
  }
  return focusAreas;
}

const HEADER = ['Painopiste', 'Tavoite', 'Toimenpide', 'Vastuutaho', 'Kohderyhmä', 'Hanke', 'Tila'];
const cellsOf = (row: (typeof ROWS)[number]) => [row.focusArea, row.goal, row.title, row.responsible, row.targetGroup, row.project, row.status];
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe('a held-out measure table (issue 13): every name once, nothing dropped, the lead first', () => {
  let server: ServerProcess;
  let api: ApiClient;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => server?.destroy());

  const upload = async (title: string, body: Uint8Array<ArrayBuffer> | string, type: string): Promise<string> => {
    const response = await api.importTable(title, body, type);
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()).id;
  };

  const download = async (planId: string, format: string) => {
    const response = await fetch(`${server.url}/api/plans/${planId}/export?format=${format}`, { headers: { Authorization: `Bearer ${api.token}` } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  /** What /data and the yearly report say of the plan, checked against ROWS. */
  async function checkRead(planId: string): Promise<void> {
    const data = (await api.get(`/api/plans/${planId}/data`)).body;
    const measures = measuresOf(data);
    expect(measures.map((m) => m.title)).toEqual(ROWS.map((row) => row.title));
    ROWS.forEach((row, i) => {
      const measure = measures[i];
      expect(names(measure.responsibleParties), row.title).toEqual(row.parties);
      expect(measure.responsible).toBe(row.parties.join(', '));
      expect(names(measure.targetGroups), row.title).toEqual(row.groups);
      expect(names(measure.projects), row.title).toEqual(row.projects);
    });
    // Each vocabulary holds each name once; the four groups a new plan starts with stay.
    // The body's own lists come first, then the names only the measures have.
    expect(names(data.parties).sort()).toEqual([...PARTIES].sort());
    expect(names(data.targetGroups).sort()).toEqual(uniqueInOrder([...GROUPS, 'lapset ja nuoret', 'työikäiset', 'ikäihmiset', 'kaikki']).sort());
    expect(names(data.projects).sort()).toEqual([...PROJECTS].sort());

    const report = (await api.get(`/api/plans/${planId}/report`)).body;
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    // Every entry has its row (a party that leads nothing counts 0 there); the measures with none are key ''.
    const tallied = (cut: any[]) =>
      Object.fromEntries(cut.filter((row) => row.key !== '' && total(row.counts) > 0).map((row) => [row.name, total(row.counts)]));
    const expected = (of: (row: (typeof ROWS)[number]) => string[], all: string[]) =>
      Object.fromEntries(all.map((name) => [name, ROWS.filter((row) => of(row).includes(name)).length]).filter(([, n]) => n !== 0));
    for (const cut of [report.byResponsible, report.byLeadResponsible, report.byTargetGroup, report.byProject]) {
      const named = cut.map((row: any) => row.name);
      expect(new Set(named).size).toBe(named.length);
    }
    expect(tallied(report.byResponsible)).toEqual(expected((row) => row.parties, PARTIES));
    expect(tallied(report.byLeadResponsible)).toEqual(expected((row) => row.parties.slice(0, 1), PARTIES));
    expect(names(report.byResponsible.filter((row: any) => row.key !== '')).sort()).toEqual([...PARTIES].sort());
    const groups = tallied(report.byTargetGroup);
    for (const [label, n] of Object.entries(expected((row) => row.groups, GROUPS))) expect(groups[label], label).toBe(n);
    expect(tallied(report.byProject)).toEqual(expected((row) => row.projects, PROJECTS));
    // The report leaves no measure out: its rows without a lead count the rest.
    expect(report.byLeadResponsible.reduce((sum: number, row: any) => sum + total(row.counts), 0)).toBe(ROWS.length);
  }

  /** The CSV and XLSX exports: one row per measure, its parties (lead first), groups and projects as imported. */
  async function checkSheets(planId: string): Promise<void> {
    const csv = parseCsv((await download(planId, 'csv')).toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(planId, 'xlsx')) as unknown as ArrayBuffer);
    const xlsx: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => xlsx.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    for (const rows of [csv, xlsx]) {
      const [header, ...body] = rows;
      const column = (name: string) => header!.indexOf(name);
      expect(body.map((cells) => cells[column('Toimenpide')])).toEqual(ROWS.map((row) => row.title));
      ROWS.forEach((row, i) => {
        expect(body[i]![column('Vastuutaho')]).toBe(row.parties.join(', '));
        expect(body[i]![column('Kohderyhmä')]).toBe(row.groups.join(', '));
        expect(body[i]![column('Hanke')]).toBe(row.projects.join('\n'));
      });
    }
  }

  it('a JSON body with parties and their contacts and projects with details', async () => {
    const created = await api.post('/api/plans', {
      title: 'Kuvitteellinen kunta',
      measures: { focusAreas: bodyTable() },
      parties: Object.entries(CONTACTS).map(([name, contacts]) => ({ name, contacts })),
      projects: [{ name: 'Kotona Suomessa', description: 'Kotoutumisen tuki', start: '2025', end: '2027', funding: 'AMIF', url: 'https://example.fi/kotona' }],
    });
    expect(created.status).toBe(201);
    const planId = created.body.id;
    await checkRead(planId);
    const data = (await api.get(`/api/plans/${planId}/data`)).body;
    for (const [name, contacts] of Object.entries(CONTACTS)) expect(data.parties.find((p: any) => p.name === name).contacts).toEqual(contacts);
    expect(data.projects.find((p: any) => p.name === 'Kotona Suomessa')).toMatchObject({ start: '2025', end: '2027', funding: 'AMIF', url: 'https://example.fi/kotona' });
    await checkSheets(planId);

    const { value: text } = await mammoth.extractRawText({ buffer: await download(planId, 'docx') });
    const folded = text.replace(/\s+/g, ' ');
    for (const name of [...PARTIES, ...GROUPS, ...PROJECTS]) expect(folded, name).toContain(name);
    // No name cut at its hyphen into a party of its own.
    expect(folded).not.toMatch(/(Mielenterveys|Sosiaali)-(,|\s*$)/m);
  });

  it('a Finnish Excel CSV (semicolons, quoted cells with line breaks)', async () => {
    const csv = [HEADER, ...ROWS.map(cellsOf)].map((cells) => cells.map(csvCell).join(';')).join('\r\n');
    const planId = await upload('CSV-tuonti', csv, 'text/csv');
    await checkRead(planId);
    await checkSheets(planId);
  });

  it('an XLSX sheet with merged focus-area cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Toimenpiteet');
    sheet.addRow(HEADER);
    for (const row of ROWS) sheet.addRow(cellsOf(row));
    sheet.mergeCells('A2:A4');
    const planId = await upload('XLSX-tuonti', new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>, XLSX_TYPE);
    await checkRead(planId);
    await checkSheets(planId);
  });
});

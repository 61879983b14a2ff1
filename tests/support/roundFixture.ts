import { writeFile } from 'node:fs/promises';
import { ApiClient } from './api';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './serverProcess';

export const PASSWORD = 'vuosikello-salasana-1';
export const DAY_MS = 24 * 3600_000;

/** The parties of the fixture plan and their contact persons (Hyvinvointipalvelut has none). */
export const CONTACTS = {
  sivistys: [
    { name: 'Sanna Sivistys', email: 'sanna.sivistys@porvoo.fi' },
    { name: 'Sami Koulu', email: 'sami.koulu@porvoo.fi' },
  ],
  liikunta: [{ name: 'Liisa Liikunta', email: 'liisa.liikunta@porvoo.fi' }],
} as const;

/**
 * A steering group with a chair, a member, a coordinator and a viewer, and a
 * plan whose four measures have three lead parties: Sivistystoimi (two
 * contacts, two measures), Liikuntapalvelut (one contact) and
 * Hyvinvointipalvelut (no contact: its request falls back to the coordinator).
 */
export async function roundFixture(baseUrl: string) {
  const admin = await ApiClient.login(baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  const group = (await admin.post('/api/groups', { name: `Hyvinvointiryhmä ${Math.random().toString(36).slice(2, 7)}` })).body as { id: string };
  const people: Record<'chair' | 'member' | 'coordinator' | 'viewer', { id: string; email: string; client: ApiClient }> = {} as never;
  for (const [role, name] of [
    ['chair', 'Pekka Puheenjohtaja'],
    ['member', 'Mirja Jäsen'],
    ['coordinator', 'Kaisa Koordinaattori'],
    ['viewer', 'Veli Lukija'],
  ] as const) {
    const email = `${role}.${group.id.slice(0, 6)}@porvoo.fi`;
    const user = await admin.post('/api/users', { email, name, password: PASSWORD });
    if (user.status !== 201) throw new Error(`user: ${user.status} ${JSON.stringify(user.body)}`);
    await admin.request('PUT', `/api/groups/${group.id}/members/${user.body.id}`, { role });
    people[role] = { id: user.body.id, email, client: await ApiClient.login(baseUrl, email, PASSWORD) };
  }
  const created = await admin.post('/api/plans', {
    title: 'Porvoon hyvinvointisuunnitelma 2025–2028',
    groupId: group.id,
    measures: {
      // The table's parties with their contact persons (the contract's import of measure data).
      parties: [
        { name: 'Sivistystoimi', contacts: CONTACTS.sivistys },
        { name: 'Liikuntapalvelut', contacts: CONTACTS.liikunta },
        { name: 'Hyvinvointipalvelut', contacts: [] },
      ],
      focusAreas: [
        {
          title: 'Lasten ja nuorten hyvinvointi',
          goals: [
            {
              title: 'Harrastamisen Suomen malli',
              measures: [
                { title: 'Koulupäivän yhteyteen maksuton harrastus', responsible: 'Sivistystoimi, Liikuntapalvelut', status: 'started', statusNote: 'Kysely tehty' },
                { title: 'Kerhotoiminta kaikille kouluille', responsible: 'Sivistystoimi' },
                { title: 'Liikuntaneuvonta ikäihmisille', responsible: 'Liikuntapalvelut', status: 'not-started' },
                { title: 'Perhekeskuksen palveluohjaus', responsible: 'Hyvinvointipalvelut' },
              ],
            },
          ],
        },
      ],
    },
  });
  if (created.status !== 201) throw new Error(`plan: ${created.status} ${JSON.stringify(created.body)}`);
  const planId = created.body.id as string;
  const data = (await admin.get(`/api/plans/${planId}/data`)).body;
  const measures = data.focusAreas[0].goals[0].measures as Array<{ id: string; title: string; responsibleParties: Array<{ id: string; name: string }> }>;
  return { admin, group, people, planId, measures, data };
}

/** Moves the server's clock (HYTE_CLOCK_OFFSET_FILE) `ms` ahead of real time. */
export async function setClockOffset(file: string, ms: number): Promise<void> {
  await writeFile(file, String(ms));
  // The clock reads the file again after a quarter of a second.
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** Polls `read` until `done` holds for what it answers, or fails after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A day `days` from now, as a round's deadline (`2026-04-15`). */
export function dayFromNow(days: number, offsetMs = 0): string {
  return new Date(Date.now() + offsetMs + days * DAY_MS).toISOString().slice(0, 10);
}

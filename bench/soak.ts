// `npm run soak`: SOAK_CLIENTS (50) clients make mixed edits for SOAK_MINUTES (10) against the real
// server; then checks convergence, that every acknowledged edit is stored (after a kill -9 and
// restart), and that the server's memory stays flat after warm-up. Exits non-zero on a failure.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { planDocumentName } from '../shared/documentNames';
import { getBody, readPlanData, setMeasureField, STATUSES } from '../shared/plan';
import { hocuspocusClient, type BenchClient } from './clients';
import { startProcess } from './processes';
import { freePort } from '../tests/support/serverProcess';

const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const ADMIN = { email: 'soak@example.fi', password: 'soak-password-1' };

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hyte-soak-'));
  const port = await freePort();
  const env = { PORT: String(port), DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
  const healthy = () => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
  let server = await startProcess('server/main.ts', env, healthy);
  const { token } = (await (
    await fetch(`http://127.0.0.1:${port}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
  ).json()) as { token: string };
  const [plan] = (await (await fetch(`http://127.0.0.1:${port}/api/plans`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { id: string }[];
  const name = planDocumentName(plan!.id);

  const clients: BenchClient[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await hocuspocusClient(`ws://127.0.0.1:${port}/collab`, name, token));
  // Each client types into a paragraph of its own and changes statuses of shared measures.
  const own = clients.map((client, i) => {
    let paragraph!: Y.XmlText;
    client.doc.transact(() => {
      const element = new Y.XmlElement('paragraph');
      paragraph = new Y.XmlText(`soak-${i}: `);
      element.insert(0, [paragraph]);
      getBody(client.doc).push([element]);
    });
    return paragraph;
  });
  const measureIds = readPlanData(clients[0]!.doc, plan!.id).focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures.map((m) => m.id)));
  const counts = clients.map((client) => {
    const state = { made: 0, acknowledged: 0 };
    client.provider!.on('unsyncedChanges', ({ number }: { number: number }) => {
      state.acknowledged = Math.max(state.acknowledged, state.made - number);
    });
    return state;
  });

  const rss: { at: number; mb: number }[] = [];
  const started = Date.now();
  const end = started + MINUTES * 60_000;
  const sampler = setInterval(() => rss.push({ at: Date.now() - started, mb: rssMb(server.child.pid!) }), 5000);
  let edits = 0;
  while (Date.now() < end) {
    clients.forEach((client, i) => {
      if (Math.random() < 0.75) {
        own[i]!.insert(own[i]!.length, `e${counts[i]!.made} `);
        counts[i]!.made++;
      } else {
        setMeasureField(client.doc, measureIds[Math.floor(Math.random() * measureIds.length)]!, 'status', STATUSES[Math.floor(Math.random() * 4)]!);
      }
      edits++;
    });
    await new Promise((r) => setTimeout(r, 1000));
  }
  clearInterval(sampler);

  // Convergence: everyone ends with the same document.
  const deadline = Date.now() + 60_000;
  const states = () => new Set(clients.map((c) => JSON.stringify(readPlanData(c.doc, 'x')) + getBody(c.doc).toString()));
  while (states().size > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const converged = states().size === 1;

  // Durability: kill -9, restart, and look for every acknowledged edit.
  const acknowledged = counts.map((c) => c.acknowledged);
  clients.forEach((c) => c.destroy());
  server.child.kill('SIGKILL');
  await new Promise((r) => server.child.once('exit', r));
  server = await startProcess('server/main.ts', env, healthy);
  const reader = await hocuspocusClient(`ws://127.0.0.1:${port}/collab`, name, token);
  const text = getBody(reader.doc).toString();
  let missing = 0;
  acknowledged.forEach((count, i) => {
    const paragraph = new RegExp(`soak-${i}: ([^<]*)`).exec(text)?.[1] ?? '';
    for (let e = 0; e < count; e++) if (!paragraph.includes(`e${e} `)) missing++;
  });
  reader.destroy();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });

  const warm = rss.filter((s) => s.at > Math.min(120_000, (MINUTES * 60_000) / 3));
  const half = Math.floor(warm.length / 2);
  const early = median(warm.slice(0, half).map((s) => s.mb));
  const late = median(warm.slice(half).map((s) => s.mb));
  const growth = early > 0 ? (late - early) / early : 0;
  console.log(`clients ${CLIENTS}, minutes ${MINUTES}, edits ${edits}, acknowledged text edits ${acknowledged.reduce((a, b) => a + b, 0)}`);
  console.log(`converged: ${converged}; acknowledged edits missing after kill -9: ${missing}`);
  console.log(`server RSS after warm-up: ${early.toFixed(1)} MB → ${late.toFixed(1)} MB (${(growth * 100).toFixed(1)} %)`);
  const ok = converged && missing === 0 && growth < 0.2;
  console.log(ok ? 'SOAK PASSED' : 'SOAK FAILED');
  process.exit(ok ? 0 : 1);
}

await main();

// `npm run bench`: propagation of edits through the real server, bare Hocuspocus and a bare ws relay,
// measured in the same run; writes docs/benchmarks.md. A benchmark, not a test.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { seedDemoPlan } from '../shared/demo/porvoo';
import { planDocumentName } from '../shared/documentNames';
import { getBody, readPlanData, setMeasureField, STATUSES } from '../shared/plan';
import { hocuspocusClient, measurePropagation, percentile, relayClient, type BenchClient } from './clients';
import { ROOT, startProcess } from './processes';
import { freePort } from '../tests/support/serverProcess';

const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? '2,10,50').split(',').map(Number);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const ADMIN = { email: 'bench@example.fi', password: 'bench-password-1' };

type Target = 'hyte' | 'hocuspocus' | 'relay';
interface Row {
  target: Target;
  clients: number;
  edit: 'text' | 'status';
  p50: number;
  p95: number;
  p99: number;
}

const seeded = new Y.Doc();
seedDemoPlan(seeded);
const initialState = Y.encodeStateAsUpdate(seeded);
const firstMeasureId = (doc: Y.Doc) => readPlanData(doc, 'bench').focusAreas[0]!.goals[0]!.measures[0]!.id;

/** The two edits measured: a character typed into the plan text, a measure's status changed. */
function editsFor(measureId: string) {
  return {
    text: (doc: Y.Doc, i: number) => {
      const paragraph = getBody(doc).get(1);
      const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
      if (text instanceof Y.XmlText) text.insert(0, String(i % 10));
    },
    status: (doc: Y.Doc, i: number) => setMeasureField(doc, measureId, 'status', STATUSES[i % STATUSES.length]!),
  };
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'hyte-bench-'));
  const ports = { hyte: await freePort(), hocuspocus: await freePort(), relay: await freePort() };
  const hyteEnv = { PORT: String(ports.hyte), DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
  const health = async () => fetch(`http://127.0.0.1:${ports.hyte}/api/health`).then((r) => r.ok, () => false);

  const firstStart = await startProcess('server/main.ts', hyteEnv, health);
  await firstStart.stop();
  // Measured on an existing DATA_DIR: the usual restart.
  const hyte = await startProcess('server/main.ts', hyteEnv, health);
  const bare = await startProcess('bench/bareHocuspocus.ts', { PORT: String(ports.hocuspocus) }, (o) => o.includes('ready'));
  const relay = await startProcess('bench/wsRelay.ts', { PORT: String(ports.relay) }, (o) => o.includes('ready'));

  const login = await fetch(`http://127.0.0.1:${ports.hyte}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  }).then((r) => r.json() as Promise<{ token: string }>);
  const plans = await fetch(`http://127.0.0.1:${ports.hyte}/api/plans`, {
    headers: { Authorization: `Bearer ${login.token}` },
  }).then((r) => r.json() as Promise<{ id: string }[]>);
  const demoId = plans[0]!.id;

  const connect: Record<Target, (n: number) => Promise<BenchClient[]>> = {
    hyte: (n) =>
      Promise.all(Array.from({ length: n }, () => hocuspocusClient(`ws://127.0.0.1:${ports.hyte}/collab`, planDocumentName(demoId), login.token))),
    hocuspocus: async (n) => {
      const first = await hocuspocusClient(`ws://127.0.0.1:${ports.hocuspocus}`, `plan:bench-${n}`, 'x', initialState);
      const rest = await Promise.all(
        Array.from({ length: n - 1 }, () => hocuspocusClient(`ws://127.0.0.1:${ports.hocuspocus}`, `plan:bench-${n}`, 'x')),
      );
      return [first, ...rest];
    },
    relay: (n) => Promise.all(Array.from({ length: n }, () => relayClient(`ws://127.0.0.1:${ports.relay}/bench-${n}`, initialState))),
  };

  const rows: Row[] = [];
  for (const clients of CLIENT_COUNTS) {
    for (const target of ['relay', 'hocuspocus', 'hyte'] as Target[]) {
      const group = await connect[target](clients);
      // The server's demo plan has the same content as `seeded` but ids of its own.
      const edits = editsFor(firstMeasureId(group[0]!.doc));
      for (const edit of ['text', 'status'] as const) {
        await measurePropagation(group, edits[edit], 10); // warm-up
        const latencies = await measurePropagation(group, edits[edit], ITERATIONS);
        rows.push({ target, clients, edit, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) });
        console.log(`${target.padEnd(10)} N=${String(clients).padEnd(3)} ${edit.padEnd(6)} p50 ${rows.at(-1)!.p50.toFixed(2)} ms  p99 ${rows.at(-1)!.p99.toFixed(2)} ms`);
      }
      group.forEach((c) => c.destroy());
    }
  }

  await Promise.all([hyte.stop(), bare.stop(), relay.stop()]);
  await rm(dataDir, { recursive: true, force: true });
  // `npm run bench:scaleout` keeps its own section of the file: carry it over.
  const previous = await readFile(join(ROOT, 'docs/benchmarks.md'), 'utf8').catch(() => '');
  const scaleout = /<!-- scaleout:start -->[\s\S]*<!-- scaleout:end -->/.exec(previous)?.[0];
  await writeFile(join(ROOT, 'docs/benchmarks.md'), scaleout ? `${report(rows, hyte.startMs).trimEnd()}\n\n${scaleout}\n` : report(rows, hyte.startMs));
  console.log('Wrote docs/benchmarks.md');
}

function report(rows: Row[], startMs: number): string {
  const ms = (v: number) => v.toFixed(2);
  const ratio = (row: Row, to: Target, key: 'p50' | 'p99') => {
    const base = rows.find((r) => r.target === to && r.clients === row.clients && r.edit === row.edit);
    return base ? (row[key] / base[key]).toFixed(2) : '–';
  };
  const lines = rows
    .filter((r) => r.target !== 'relay')
    .map(
      (r) =>
        `| ${r.target} | ${r.clients} | ${r.edit} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.target === 'hyte' ? ratio(r, 'hocuspocus', 'p50') : '1.00'} | ${r.target === 'hyte' ? ratio(r, 'hocuspocus', 'p99') : '1.00'} | ${ratio(r, 'relay', 'p99')} |`,
    );
  const relayLines = rows.filter((r) => r.target === 'relay').map((r) => `| ${r.clients} | ${r.edit} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} |`);
  return `# Benchmarks

Written by \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}).
All servers run in the same run on loopback as separate processes; all clients are real
\`@hocuspocus/provider\` clients (the relay's are raw \`ws\` sockets carrying Yjs updates) in the
benchmark process. Latency: from one client's edit until every other client has applied it
(${ITERATIONS} edits per row, every arrival counted). These shared 2-core machines are noisy: read the
ratios, measured in the same run, rather than the absolute numbers.

- **hyte**: the real server (\`server/main.ts\`), with authentication and the journal that fsyncs
  every update before it is acknowledged.
- **hocuspocus**: bare Hocuspocus 4, default settings, no hooks, holding the same Porvoo plan.
- **relay**: a bare WebSocket relay, the floor: no Yjs on the server, no acknowledgement.

Start of the real server on an existing DATA_DIR (spawn until \`/api/health\` answers): ${startMs.toFixed(0)} ms.

| server | clients | edit | p50 ms | p95 ms | p99 ms | p50 / bare | p99 / bare | p99 / relay |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}

Floor (bare ws relay):

| clients | edit | p50 ms | p95 ms | p99 ms |
| --- | --- | --- | --- | --- |
${relayLines.join('\n')}

Rerun: \`npm run bench\` (\`BENCH_CLIENTS=2,10,50 BENCH_ITERATIONS=100\` by default).
`;
}

await main();
process.exit(0);

// `npm run bench:scaleout`: edit propagation between clients on the same server process and on
// different processes (PostgreSQL + Redis), against the embedded server, plus the journal's append
// throughput on PostgreSQL and on files. Starts Debian's PostgreSQL and Redis on loopback itself
// (packages postgresql, redis-server). Writes its own section of docs/benchmarks.md. A benchmark, not a test.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { planDocumentName } from '../shared/documentNames';
import { getBody, readPlanData, setMeasureField, STATUSES } from '../shared/plan';
import { FileDocumentStore } from '../server/storage/fileDocumentStore';
import type { DocumentStore } from '../server/storage/documentStore';
import { createPool } from '../server/storage/postgres/database';
import { migrate } from '../server/storage/postgres/migrate';
import { PgDocumentStore } from '../server/storage/postgres/pgDocumentStore';
import { PostgresServer, RedisServer } from '../tests/scaleout/services';
import { freePort } from '../tests/support/serverProcess';
import { hocuspocusClient, percentile, type BenchClient } from './clients';
import { ROOT, startProcess } from './processes';

const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? '2,10,50').split(',').map(Number);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const THROUGHPUT_SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 5);
const ADMIN = { email: 'bench@example.fi', password: 'bench-password-1' };
const SECTION_START = '<!-- scaleout:start -->';
const SECTION_END = '<!-- scaleout:end -->';

/**
 * - embedded: one process, DATA_DIR (the default deployment), all clients on it.
 * - same: PostgreSQL + Redis configured, all clients on instance A.
 * - cross: the writer on A, every reader on B (each edit crosses Redis).
 * - split: the writer on A, readers alternately on A and B (a load balancer without stickiness).
 */
type Layout = 'embedded' | 'same' | 'cross' | 'split';
interface Row {
  layout: Layout;
  clients: number;
  edit: 'text' | 'status';
  p50: number;
  p99: number;
  /** Edit until the writer's provider saw it acknowledged (durable). */
  ackP50: number;
  ackP99: number;
}
interface ThroughputRow {
  store: 'PostgreSQL' | 'files';
  documents: number;
  writers: number;
  updatesPerSecond: number;
  p50: number;
  p99: number;
}

const firstMeasureId = (doc: Y.Doc) => readPlanData(doc, 'bench').focusAreas[0]!.goals[0]!.measures[0]!.id;

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

/** Per edit: when each reader applied it, and when the writer's provider saw it acknowledged. */
async function measure(writer: BenchClient, readers: BenchClient[], edit: (doc: Y.Doc, i: number) => void, iterations: number) {
  const latencies: number[] = [];
  const acks: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const arrivals = readers.map(
      (reader) =>
        new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('an update did not arrive within 10 s')), 10_000);
          const onUpdate = () => {
            clearTimeout(timer);
            reader.doc.off('update', onUpdate);
            resolve(performance.now());
          };
          reader.doc.on('update', onUpdate);
        }),
    );
    const acknowledged = new Promise<number>((resolve) => {
      const onChange = ({ number }: { number: number }) => {
        if (number !== 0) return;
        writer.provider!.off('unsyncedChanges', onChange);
        resolve(performance.now());
      };
      writer.provider!.on('unsyncedChanges', onChange);
    });
    const sent = performance.now();
    edit(writer.doc, i);
    for (const arrived of await Promise.all(arrivals)) latencies.push(arrived - sent);
    acks.push((await acknowledged) - sent);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { latencies, acks };
}

async function login(url: string): Promise<{ token: string; demoId: string }> {
  const { token } = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  }).then((r) => r.json() as Promise<{ token: string }>);
  const plans = await fetch(`${url}/api/plans`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.json() as Promise<{ id: string; title: string }[]>);
  return { token, demoId: plans.find((p) => p.title.startsWith('Porvoon'))!.id };
}

/** Closed-loop appenders: each writer appends a small real update, waits until durable, repeats. */
async function journalThroughput(store: DocumentStore, documents: number, writers: number): Promise<Omit<ThroughputRow, 'store'>> {
  const names = Array.from({ length: documents }, (_, i) => `plan:throughput-${documents}-${writers}-${i}`);
  for (const name of names) await store.create(name, Y.encodeStateAsUpdate(new Y.Doc()));
  const journals = await Promise.all(names.map(async (name) => (await store.open(name))!.journal));
  const latencies: number[] = [];
  let count = 0;
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  await Promise.all(
    journals.flatMap((journal) =>
      Array.from({ length: writers }, async () => {
        const doc = new Y.Doc();
        const text = doc.getText('t');
        let update: Uint8Array = new Uint8Array();
        doc.on('update', (u: Uint8Array) => (update = u));
        while (performance.now() < until) {
          text.insert(text.length, 'ä');
          const started = performance.now();
          await journal.append(update).durable;
          latencies.push(performance.now() - started);
          count++;
        }
      }),
    ),
  );
  await Promise.all(journals.map((j) => j.close()));
  return { documents, writers, updatesPerSecond: count / THROUGHPUT_SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main() {
  const postgres = await PostgresServer.start();
  const redis = await RedisServer.start();
  const dataDirs: string[] = [];
  const processes: { stop: () => Promise<void> }[] = [];
  const rows: Row[] = [];
  const throughput: ThroughputRow[] = [];
  try {
    const databaseUrl = await postgres.createDatabase('hyte_bench');
    const start = async (env: Record<string, string>) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'hyte-bench-scaleout-'));
      dataDirs.push(dataDir);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const health = async () => fetch(`${url}/api/health`).then((r) => r.ok, () => false);
      const started = await startProcess('server/main.ts', { PORT: String(port), DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...env }, health);
      processes.push(started);
      return { url, collab: `ws://127.0.0.1:${port}/collab` };
    };
    const embedded = await start({});
    const shared = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url };
    const a = await start(shared);
    const b = await start(shared);
    const embeddedLogin = await login(embedded.url);
    const sharedLogin = await login(a.url);

    for (const clients of CLIENT_COUNTS) {
      for (const layout of ['embedded', 'same', 'cross', 'split'] as Layout[]) {
        const { token, demoId } = layout === 'embedded' ? embeddedLogin : sharedLogin;
        const serverFor = (i: number) =>
          layout === 'embedded' ? embedded : i === 0 || layout === 'same' ? a : layout === 'cross' ? b : i % 2 === 1 ? b : a;
        const group = await Promise.all(
          Array.from({ length: clients }, (_, i) => hocuspocusClient(serverFor(i).collab, planDocumentName(demoId), token)),
        );
        const [writer, ...readers] = group;
        const edits = editsFor(firstMeasureId(writer!.doc));
        for (const edit of ['text', 'status'] as const) {
          await measure(writer!, readers, edits[edit], 10); // warm-up
          const { latencies, acks } = await measure(writer!, readers, edits[edit], ITERATIONS);
          const row: Row = {
            layout,
            clients,
            edit,
            p50: percentile(latencies, 50),
            p99: percentile(latencies, 99),
            ackP50: percentile(acks, 50),
            ackP99: percentile(acks, 99),
          };
          rows.push(row);
          console.log(
            `${layout.padEnd(8)} N=${String(clients).padEnd(3)} ${edit.padEnd(6)} p50 ${row.p50.toFixed(2)} ms  p99 ${row.p99.toFixed(2)} ms  ack p50 ${row.ackP50.toFixed(2)} p99 ${row.ackP99.toFixed(2)} ms`,
          );
        }
        group.forEach((c) => c.destroy());
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    await Promise.all(processes.splice(0).map((p) => p.stop()));

    // The journal alone, in this process: what one server can append per second.
    const pool = createPool({ url: databaseUrl, poolSize: 10 });
    await migrate(pool);
    const pgStore = new PgDocumentStore(pool);
    const fileDir = await mkdtemp(join(tmpdir(), 'hyte-bench-journal-'));
    dataDirs.push(fileDir);
    const fileStore = new FileDocumentStore(fileDir);
    await fileStore.init();
    for (const [documents, writers] of [
      [1, 10],
      [20, 5],
      [100, 2],
    ] as const) {
      for (const [name, store] of [
        ['PostgreSQL', pgStore],
        ['files', fileStore],
      ] as const) {
        const row = { store: name, ...(await journalThroughput(store, documents, writers)) };
        throughput.push(row);
        console.log(
          `journal ${name.padEnd(10)} ${documents} docs × ${writers} writers: ${Math.round(row.updatesPerSecond)} updates/s, append p50 ${row.p50.toFixed(2)} ms p99 ${row.p99.toFixed(2)} ms`,
        );
      }
    }
    await pgStore.close();
    await pool.end();
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await redis.stop();
    await postgres.stop();
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  }
  await writeSection(report(rows, throughput));
  console.log('Wrote the scale-out section of docs/benchmarks.md');
}

function report(rows: Row[], throughput: ThroughputRow[]): string {
  const ms = (v: number) => v.toFixed(2);
  const vsSame = (row: Row) => {
    const same = rows.find((r) => r.layout === 'same' && r.clients === row.clients && r.edit === row.edit);
    return same ? (row.p99 / same.p99).toFixed(2) : '–';
  };
  const median = (values: number[]) => percentile(values, 50);
  const deltas = (layout: Layout) =>
    rows
      .filter((r) => r.layout === layout)
      .map((r) => {
        const same = rows.find((s) => s.layout === 'same' && s.clients === r.clients && s.edit === r.edit)!;
        return { p50: r.p50 - same.p50, p99: r.p99 / same.p99 };
      });
  const summary = (['cross', 'split', 'embedded'] as Layout[])
    .map((layout) => {
      const d = deltas(layout);
      const p50s = d.map((x) => x.p50);
      return `- **${layout}** vs **same**: propagation p50 ${median(p50s) >= 0 ? '+' : ''}${ms(median(p50s))} ms (median over the rows; from ${ms(Math.min(...p50s))} to ${ms(Math.max(...p50s))}), p99 × ${median(d.map((x) => x.p99)).toFixed(2)} (median ratio).`;
    })
    .join('\n');
  return `${SECTION_START}
## Scale-out: PostgreSQL + Redis, clients on the same and on different instances

Written by \`npm run bench:scaleout\` (${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}).
Debian's PostgreSQL and Redis on loopback, two server processes A and B sharing them, and one
embedded server (DATA_DIR) for comparison, all on the same machine as the clients (real
\`@hocuspocus/provider\`s in the benchmark process) — every process competes for the same cores,
so absolute numbers are pessimistic; compare the layouts within one run. Propagation: from one
client's edit until every other client has applied it (${ITERATIONS} edits per row, every arrival
counted). Acknowledgement: until the writer's provider has no unsynced changes, i.e. the update
is durable (fsynced file journal, or committed PostgreSQL row).

- **embedded**: one process on DATA_DIR, all clients on it.
- **same**: PostgreSQL + Redis, all clients on instance A.
- **cross**: the writer on A, every other client on B: each edit crosses Redis.
- **split**: the writer on A, the others alternately on A and B (a load balancer without sticky sessions).

${summary}

The medians repeat from run to run; single p99 values on these shared 2-core machines do not
(one slow scheduling slice of one of five busy processes decides them), so read the median ratio.

| layout | clients | edit | propagation p50 ms | p99 ms | p99 / same | ack p50 ms | ack p99 ms |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.layout} | ${r.clients} | ${r.edit} | ${ms(r.p50)} | ${ms(r.p99)} | ${vsSame(r)} | ${ms(r.ackP50)} | ${ms(r.ackP99)} |`).join('\n')}

Journal append throughput in one process (closed loop: each writer appends a one-character
update, waits until it is durable, appends the next; ${THROUGHPUT_SECONDS} s per row; group commit per document):

| store | documents | writers per document | durable updates / s | append p50 ms | append p99 ms |
| --- | --- | --- | --- | --- | --- |
${throughput.map((t) => `| ${t.store} | ${t.documents} | ${t.writers} | ${Math.round(t.updatesPerSecond)} | ${ms(t.p50)} | ${ms(t.p99)} |`).join('\n')}

Rerun: \`npm run bench:scaleout\` (\`BENCH_CLIENTS=2,10,50 BENCH_ITERATIONS=100 BENCH_THROUGHPUT_SECONDS=5\` by default).
${SECTION_END}
`;
}

/** Replaces this benchmark's section of docs/benchmarks.md, or appends it; the rest of the file stays. */
async function writeSection(section: string): Promise<void> {
  const path = join(ROOT, 'docs/benchmarks.md');
  const current = await readFile(path, 'utf8').catch(() => '# Benchmarks\n');
  const start = current.indexOf(SECTION_START);
  const end = current.indexOf(SECTION_END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section.trimEnd()}${current.slice(end + SECTION_END.length)}`
      : `${current.trimEnd()}\n\n${section}`;
  await writeFile(path, next);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

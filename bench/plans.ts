// Plans the benchmark creates on the real server through its REST API and a provider client, as a
// user would: typical plans (the Porvoo content), a plan ten times its size and a 1 MB plan.
import * as Y from 'yjs';
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { PORVOO_DEMO } from '../shared/demo/porvoo';
import { planDocumentName } from '../shared/documentNames';
import type { MeasureTableInput } from '../shared/plan';
import { hocuspocusClient, providerSocket, type BenchClient } from './clients';
import { appendBody, bodyNodes, replaceBody } from './edits';
import { until } from './stats';
import type { HyteServer } from './targets';

const porvooBody = bodyNodes(PORVOO_DEMO.body);

/** `copies` copies of the Porvoo measure table (focus areas renamed so that each copy stays distinct). */
export function measuresTimes(copies: number): MeasureTableInput {
  const focusAreas = Array.from({ length: copies }, (_, c) =>
    PORVOO_DEMO.measures.focusAreas.map((f) => ({ ...f, title: copies > 1 ? `${f.title} (${c + 1})` : f.title })),
  ).flat();
  return { ...PORVOO_DEMO.measures, focusAreas };
}

export async function createPlan(hyte: HyteServer, title: string, measures: MeasureTableInput): Promise<string> {
  const plan = await hyte.api<{ id: string }>('POST', '/plans', { title, measures });
  return plan.id;
}

/** Waits until the server acknowledged (journaled) everything the client sent. */
export async function acknowledged(client: BenchClient, timeoutMs = 60_000): Promise<void> {
  if (!(await until(() => (client.provider?.unsyncedChanges ?? 0) === 0, timeoutMs, 5))) throw new Error('edits not acknowledged');
}

/**
 * Opens the plan, lets `change` rewrite it and waits until the server has stored the change.
 * `socket` multiplexes many plans over one connection.
 */
export async function editPlan(hyte: HyteServer, planId: string, change: (doc: Y.Doc) => void, socket?: HocuspocusProviderWebsocket): Promise<Uint8Array> {
  const client = await hocuspocusClient(hyte.collabUrl, planDocumentName(planId), hyte.token, undefined, { socket });
  try {
    change(client.doc);
    await acknowledged(client);
    return Y.encodeStateAsUpdate(client.doc);
  } finally {
    client.destroy();
  }
}

/**
 * A new plan with the Porvoo content, for one measurement: the real server's plan then starts as
 * fresh as the bare server's document, instead of carrying every earlier run's edits.
 */
export async function freshPorvooPlan(hyte: HyteServer, title: string): Promise<string> {
  const id = await createPlan(hyte, title, PORVOO_DEMO.measures);
  await editPlan(hyte, id, (doc) => replaceBody(doc, porvooBody()));
  return id;
}

/** Typical plans: the Porvoo measure table and text, each a plan of its own. Returns their ids and one's state. */
export async function createTypicalPlans(hyte: HyteServer, count: number, log: (m: string) => void): Promise<{ ids: string[]; state: Uint8Array }> {
  const ids: string[] = [];
  let state: Uint8Array = new Uint8Array();
  const started = performance.now();
  const batch = 25;
  for (let start = 0; start < count; start += batch) {
    const socket = providerSocket(hyte.collabUrl);
    try {
      const made = await Promise.all(
        Array.from({ length: Math.min(batch, count - start) }, async (_, k) => {
          const id = await createPlan(hyte, `Suunnitelma ${start + k + 1}`, PORVOO_DEMO.measures);
          const s = await editPlan(hyte, id, (doc) => replaceBody(doc, porvooBody()), socket);
          return { id, s };
        }),
      );
      for (const { id, s } of made) ids.push(id);
      state = made[0]!.s;
    } finally {
      socket.destroy();
    }
    if ((start / batch) % 10 === 9) log(`  created ${ids.length}/${count} typical plans`);
  }
  log(`created ${count} typical plans in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ids, state };
}

/** A plan with `copies` × the Porvoo measure table and `copies` × its text. */
export async function createLargePlan(hyte: HyteServer, title: string, copies: number): Promise<{ id: string; stateBytes: number }> {
  const id = await createPlan(hyte, title, measuresTimes(copies));
  const state = await editPlan(hyte, id, (doc) => {
    replaceBody(doc, porvooBody());
    for (let c = 1; c < copies; c++) appendBody(doc, porvooBody());
  });
  return { id, stateBytes: state.length };
}

/** A plan of the Porvoo measure table whose text is the Porvoo text repeated until the state reaches `bytes`. */
export async function createPlanOfSize(hyte: HyteServer, title: string, bytes: number): Promise<{ id: string; stateBytes: number }> {
  const id = await createPlan(hyte, title, PORVOO_DEMO.measures);
  const state = await editPlan(hyte, id, (doc) => {
    replaceBody(doc, porvooBody());
    // Appended in pieces, as a long session of writing would (each piece one update).
    while (Y.encodeStateAsUpdate(doc).length < bytes) appendBody(doc, porvooBody());
  });
  return { id, stateBytes: state.length };
}

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import {
  addMeasure,
  deleteMeasure,
  getMeasure,
  moveMeasure,
  readPlanData,
  setMeasureField,
  STATUSES,
  type PlanData,
} from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const SAMPLE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../shared/demo/porvoo-measures.json'), 'utf8'));

const allMeasures = (data: PlanData) => data.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures));
const dataOf = (client: TestClient, planId: string) => JSON.stringify(readPlanData(client.doc, planId));

describe('the measure table through the real server', () => {
  let server: ServerProcess;
  let api: ApiClient;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await server?.destroy();
  });

  const connect = async (planId: string) => {
    const client = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    clients.push(client);
    return client;
  };

  it('imports the Porvoo sample exactly: every field of all 41 measures, in order', async () => {
    const created = await api.post('/api/plans', { title: 'Porvoo', measures: SAMPLE });
    expect(created.status).toBe(201);
    const data = (await api.get(`/api/plans/${created.body.id}/data`)).body as PlanData;
    expect(data.focusAreas.map((f) => f.title)).toEqual(SAMPLE.focusAreas.map((f: any) => f.title));
    data.focusAreas.forEach((focusArea, i) => {
      const source = SAMPLE.focusAreas[i];
      expect(focusArea.goals.map((g) => g.title)).toEqual(source.goals.map((g: any) => g.title));
      focusArea.goals.forEach((goal, j) => {
        // The parties' names joined with ", " (one cell also separates two with a semicolon).
        expect(goal.measures.map((m) => [m.title, m.responsible])).toEqual(
          source.goals[j].measures.map((m: any) => [m.title, (m.responsible ?? '').replace('; ', ', ')]),
        );
      });
    });
    expect(allMeasures(data)).toHaveLength(41);
    expect(allMeasures(data).every((m) => m.status === 'unassessed')).toBe(true);
  });

  it('keeps both a move of a measure and a concurrent edit of its text', async () => {
    const planId = (await api.post('/api/plans', { title: 'Siirto', measures: SAMPLE })).body.id;
    const [a, b] = [await connect(planId), await connect(planId)];
    const data = readPlanData(a.doc, planId);
    const measure = data.focusAreas[0]!.goals[0]!.measures[0]!;
    const otherGoal = data.focusAreas[1]!.goals[0]!;
    // Both act before either sees the other's change.
    a.goOffline();
    moveMeasure(a.doc, measure.id, { goalId: otherGoal.id, index: 0 });
    (getMeasure(b.doc, measure.id)!.get('title') as Y.Text).insert(0, 'TÄRKEÄ: ');
    await waitForAcknowledged(b);
    await a.goOnline();
    await waitForAcknowledged(a);
    await waitFor(() => dataOf(a, planId) === dataOf(b, planId), 'convergence');

    const after = (await api.get(`/api/plans/${planId}/data`)).body as PlanData;
    const moved = after.focusAreas[1]!.goals[0]!.measures[0]!;
    expect(moved).toMatchObject({ id: measure.id, title: `TÄRKEÄ: ${measure.title}` });
    expect(allMeasures(after)).toHaveLength(41);
  });

  it('converges for three clients doing random operations (property-based, fixed seed)', async () => {
    const planId = (await api.post('/api/plans', { title: 'Satunnainen', measures: SAMPLE })).body.id;
    const trio = [await connect(planId), await connect(planId), await connect(planId)];
    const operation = fc.record({
      client: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('status', 'title', 'move', 'reorder', 'add', 'delete'),
      pick: fc.nat(),
      target: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 6 }),
      status: fc.constantFrom(...STATUSES),
    });
    type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;
    const apply = (op: Operation) => {
      const client = trio[op.client]!;
      const data = readPlanData(client.doc, planId);
      const measures = allMeasures(data);
      const goals = data.focusAreas.flatMap((f) => f.goals);
      const measure = measures[op.pick % Math.max(1, measures.length)];
      const goal = goals[op.target % Math.max(1, goals.length)];
      if (!goal) return;
      if (op.kind === 'add') {
        addMeasure(client.doc, goal.id, { title: op.text });
        return;
      }
      if (!measure) return;
      if (op.kind === 'status') setMeasureField(client.doc, measure.id, 'status', op.status);
      if (op.kind === 'title') (getMeasure(client.doc, measure.id)!.get('title') as Y.Text).insert(op.target % (measure.title.length + 1), op.text);
      if (op.kind === 'move') moveMeasure(client.doc, measure.id, { goalId: goal.id, index: op.target % 3 });
      if (op.kind === 'reorder') moveMeasure(client.doc, measure.id, { index: op.target % 4 });
      if (op.kind === 'delete') deleteMeasure(client.doc, measure.id);
    };
    const operations = fc.sample(fc.array(operation, { minLength: 300, maxLength: 300 }), { seed: 20261122, numRuns: 1 })[0]!;
    for (const [i, op] of operations.entries()) {
      apply(op);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(trio.map((c) => waitForAcknowledged(c)));
    await waitFor(() => new Set(trio.map((c) => dataOf(c, planId))).size === 1, 'three clients converge', 20_000);

    const served = (await api.get(`/api/plans/${planId}/data`)).body as PlanData;
    expect(JSON.stringify(served)).toBe(dataOf(trio[0]!, planId));
    // The report is a recount of the data.
    const report = (await api.get(`/api/plans/${planId}/report`)).body;
    const recount = Object.fromEntries(STATUSES.map((s) => [s, allMeasures(served).filter((m) => m.status === s).length]));
    expect(report.total).toEqual(recount);
    served.focusAreas.forEach((focusArea, i) => {
      const counts = Object.fromEntries(
        STATUSES.map((s) => [s, focusArea.goals.flatMap((g) => g.measures).filter((m) => m.status === s).length]),
      );
      expect(report.focusAreas[i]).toEqual({ id: focusArea.id, title: focusArea.title, counts });
    });
  });
});

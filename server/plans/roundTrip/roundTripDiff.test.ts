import { describe, expect, it } from 'vitest';
import type { RoundTripValues } from '../../../shared/api/tableFileRoundTrip';
import type { MeasureData, PlanData } from '../../../shared/plan';
import { diffRoundTrip } from './roundTripDiff';
import type { RoundTripFile, RoundTripFileRow } from './roundTripFile';

const values = (title: string, patch: Partial<RoundTripValues> = {}): RoundTripValues => ({
  title,
  responsible: 'Sivistystoimi, Liikuntapalvelut',
  targetGroup: 'lapset ja nuoret',
  indicator: '',
  schedule: '2026',
  status: 'started',
  statusNote: '',
  ...patch,
});

const measure = (id: string, v: RoundTripValues): MeasureData => ({ id, ...v, status: v.status as MeasureData['status'] });

const plan = (measures: MeasureData[], goalTitle = 'Harrastukset'): PlanData => ({
  id: 'plan-1',
  title: 'Suunnitelma',
  focusAreas: [{ id: 'fa', title: 'Lapset', goals: [{ id: 'goal-1', title: goalTitle, measures }] }],
});

const place = { focusArea: 'Lapset', goal: 'Harrastukset' };
const row = (number: number, id: string | null, v: RoundTripValues, at = place): RoundTripFileRow => ({ number, id, values: v, ...at });

/** A file exported with `exported` (by id), its rows as given. */
const file = (exported: Record<string, RoundTripValues>, rows: RoundTripFileRow[]): RoundTripFile => ({
  meta: { planId: 'plan-1', planTitle: 'Suunnitelma', exportedAt: '2026-03-01T10:00:00.000Z', versionLabel: null },
  rows,
  baseline: Object.fromEntries(Object.entries(exported).map(([id, v]) => [id, { values: v, ...place }])),
  digest: 'd'.repeat(64),
});

describe('what an uploaded export would change', () => {
  it('decides each field from the exported, the file\'s and the live value', () => {
    const exported = values('A', { status: 'started', statusNote: 'vanha', schedule: '2026', indicator: 'x' });
    const live = values('A', { status: 'started', statusNote: 'muutettu sovelluksessa', schedule: '2027', indicator: 'x' });
    const inFile = values('A', { status: 'done', statusNote: 'muutettu tiedostossa', schedule: '2026', indicator: 'y' });
    const { preview } = diffRoundTrip(plan([measure('m', { ...live, indicator: 'y' })]), file({ m: exported }, [row(2, 'm', inFile)]));
    // status: only the file changed it; statusNote: both, differently; schedule: only the app (the file's old value is no change);
    // indicator: both to the same value.
    expect(preview.changes).toEqual([{ row: 2, measureId: 'm', title: 'A', ...place, changes: [{ field: 'status', from: 'started', to: 'done' }] }]);
    expect(preview.conflicts).toEqual([
      { row: 2, measureId: 'm', title: 'A', ...place, field: 'statusNote', exported: 'vanha', live: 'muutettu sovelluksessa', file: 'muutettu tiedostossa' },
    ]);
  });

  it('reads a list of parties or groups written another way as the same list', () => {
    const exported = values('A');
    const inFile = values('A', { responsible: ' sivistystoimi;\nLiikuntapalvelut ', targetGroup: 'Lapset ja nuoret' });
    expect(diffRoundTrip(plan([measure('m', exported)]), file({ m: exported }, [row(2, 'm', inFile)])).preview.changes).toEqual([]);
    const reordered = values('A', { responsible: 'Liikuntapalvelut, Sivistystoimi' });
    const { preview } = diffRoundTrip(plan([measure('m', exported)]), file({ m: exported }, [row(2, 'm', reordered)]));
    // The lead party is the first: another order is a change.
    expect(preview.changes[0]?.changes).toEqual([{ field: 'responsible', from: 'Sivistystoimi, Liikuntapalvelut', to: 'Liikuntapalvelut, Sivistystoimi' }]);
  });

  it('lists added rows with where they go, measures the file lacks, rows of deleted measures and moved cells', () => {
    const a = values('A');
    const gone = values('Poistettu');
    const live = plan([measure('a', a), measure('new', values('Lisätty sovelluksessa')), measure('dropped', values('Rivi poistettu'))]);
    const { preview, adds } = diffRoundTrip(
      live,
      file({ a, gone, dropped: values('Rivi poistettu') }, [
        row(2, 'a', a, { focusArea: 'Lapset', goal: 'Toinen tavoite' }),
        row(3, 'gone', gone),
        row(4, null, values('Uusi')),
        row(5, null, values('uusi ')),
        row(6, null, values('A')),
        row(7, null, values('Ei paikkaa'), { focusArea: 'Lapset', goal: 'Ei ole' }),
      ]),
    );
    expect(preview.ignored).toEqual([{ row: 2, measureId: 'a', title: 'A', column: 'goal', file: 'Toinen tavoite', live: 'Harrastukset' }]);
    expect(preview.gone).toEqual([{ row: 3, measureId: 'gone', title: 'Poistettu' }]);
    expect(preview.added.map((added) => [added.row, added.outcome])).toEqual([
      [4, 'add'],
      // The same new measure twice, and a title the goal has: added once, and not again.
      [5, 'exists'],
      [6, 'exists'],
      [7, 'no-goal'],
    ]);
    expect(adds).toEqual([{ row: 4, goalId: 'goal-1', values: values('Uusi') }]);
    expect(preview.lacking.map((lacking) => [lacking.measureId, lacking.reason])).toEqual([
      ['new', 'added-since-export'],
      ['dropped', 'removed-from-file'],
    ]);
  });

  it('names what it would write in its token, and nothing else', () => {
    const exported = values('A');
    const edited = file({ m: exported }, [row(2, 'm', values('A', { status: 'done' }))]);
    const token = diffRoundTrip(plan([measure('m', exported)]), edited).preview.token;
    // Another field changed in the app meanwhile: the same write, the same token.
    expect(diffRoundTrip(plan([measure('m', values('A', { schedule: '2030' }))]), edited).preview.token).toBe(token);
    // The same field changed in the app: a conflict instead of a write, another token.
    expect(diffRoundTrip(plan([measure('m', values('A', { status: 'not-started' }))]), edited).preview.token).not.toBe(token);
    expect(diffRoundTrip(plan([measure('m', exported)]), { ...edited, digest: 'e'.repeat(64) }).preview.token).not.toBe(token);
  });
});

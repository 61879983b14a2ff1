import { describe, expect, it } from 'vitest';
import { comparePlans } from './compare';
import type { MeasureData, PlanData } from './types';

const measure = (id: string, refs: Pick<MeasureData, 'responsibleParties' | 'targetGroups' | 'projects'>): MeasureData => ({
  id,
  title: `Toimenpide ${id}`,
  responsible: (refs.responsibleParties ?? []).map((party) => party.name).join(', '),
  targetGroup: (refs.targetGroups ?? []).map((group) => group.label).join(', '),
  indicator: '',
  schedule: '',
  status: 'started',
  statusNote: '',
  ...refs,
});

const plan = (measures: MeasureData[]): PlanData => ({
  id: 'p',
  title: 'P',
  focusAreas: [{ id: 'f', title: 'Osallisuus', goals: [{ id: 'g', title: 'Kuuleminen', measures }] }],
});

const sivistys = { id: 'party-1', name: 'Sivistystoimi' };
const liikunta = { id: 'party-2', name: 'Liikuntapalvelut' };
const nuoret = { id: 'group-1', label: 'lapset ja nuoret' };
const ikaihmiset = { id: 'group-2', label: 'ikäihmiset' };
const aspu = { id: 'project-1', name: 'Aspu-hanke' };
const liikkuva = { id: 'project-2', name: 'Liikkuva koulu' };

describe('comparing two versions of a plan', () => {
  it('lists changed parties, target groups and projects of a measure by name, and leaves unchanged ones out', () => {
    const older = plan([
      measure('a', { responsibleParties: [sivistys], targetGroups: [nuoret], projects: [aspu] }),
      measure('b', { responsibleParties: [liikunta], targetGroups: [ikaihmiset], projects: [liikkuva] }),
    ]);
    const newer = plan([
      // A party added after the lead, a group swapped, a project added.
      measure('a', { responsibleParties: [sivistys, liikunta], targetGroups: [ikaihmiset], projects: [aspu, liikkuva] }),
      measure('b', { responsibleParties: [liikunta], targetGroups: [ikaihmiset], projects: [liikkuva] }),
    ]);
    expect(comparePlans(older, newer).changed).toEqual([
      {
        measure: { id: 'a', title: 'Toimenpide a', focusArea: 'Osallisuus', goal: 'Kuuleminen' },
        fields: [
          { field: 'responsible', from: 'Sivistystoimi', to: 'Sivistystoimi, Liikuntapalvelut' },
          { field: 'targetGroup', from: 'lapset ja nuoret', to: 'ikäihmiset' },
          { field: 'projects', from: 'Aspu-hanke', to: 'Aspu-hanke, Liikkuva koulu' },
        ],
      },
    ]);
  });

  it('reads a version of schema 1, which has no projects, as a measure without any', () => {
    const older = plan([{ ...measure('a', {}), projects: undefined }]);
    const newer = plan([measure('a', { projects: [aspu] })]);
    expect(comparePlans(older, newer).changed[0]?.fields).toEqual([{ field: 'projects', from: '', to: 'Aspu-hanke' }]);
    expect(comparePlans(older, plan([measure('a', { projects: [] })])).changed).toEqual([]);
  });
});

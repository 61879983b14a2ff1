import type { RoundsReach } from '../../shared/api/rounds';
import type { RoundScope } from './planScope';

/**
 * Whom a round opened now would not reach directly: each lead party without a
 * contact person (its request goes to the coordinators instead) with its
 * measures, and the measures that name no party. Worked out the way a round
 * picks its recipients (the first responsible party leads).
 */
export function roundsReach(scope: RoundScope): RoundsReach {
  const withoutContact = new Map<string, RoundsReach['partiesWithoutContact'][number]>();
  const measuresWithoutParty: string[] = [];
  for (const measure of scope.measures) {
    if (!measure.lead) {
      measuresWithoutParty.push(measure.id);
      continue;
    }
    if ((scope.parties.get(measure.lead.id)?.contacts.length ?? 0) > 0) continue;
    const entry = withoutContact.get(measure.lead.id) ?? { party: measure.lead, measureIds: [] };
    entry.measureIds.push(measure.id);
    withoutContact.set(measure.lead.id, entry);
  }
  return { partiesWithoutContact: [...withoutContact.values()], measuresWithoutParty };
}

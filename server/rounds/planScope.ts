import type { PlanData } from '../../shared/plan';
import type { Status } from '../../shared/plan/status';
import type { PartyRef } from '../../shared/api/rounds';

/** A responsible party with the people a request goes to, as `/data`'s `parties` gives it. */
export interface PartyContacts extends PartyRef {
  contacts: Array<{ name: string; email: string }>;
}

/** A measure as a round needs it: its current status and its lead party. */
export interface ScopedMeasure {
  id: string;
  title: string;
  status: Status;
  statusNote: string;
  /** The first of `responsibleParties`; null when the measure names none. */
  lead: PartyRef | null;
}

export interface RoundScope {
  planTitle: string;
  parties: Map<string, PartyContacts>;
  measures: ScopedMeasure[];
}

/** The contract's measure-data fields (`parties`, measure `responsibleParties`), read defensively: a plan of the first schema has none. */
interface WithParties {
  parties?: unknown;
}
interface MeasureWithParties {
  responsibleParties?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function readParties(data: WithParties): Map<string, PartyContacts> {
  const parties = new Map<string, PartyContacts>();
  for (const party of Array.isArray(data.parties) ? data.parties : []) {
    if (!isObject(party) || !text(party.id)) continue;
    const contacts = (Array.isArray(party.contacts) ? party.contacts : [])
      .filter(isObject)
      .map((c) => ({ name: text(c.name).trim(), email: text(c.email).trim().toLowerCase() }))
      .filter((c) => /^[^\s@]+@[^\s@]+$/.test(c.email));
    parties.set(text(party.id), { id: text(party.id), name: text(party.name), contacts });
  }
  return parties;
}

function leadOf(measure: MeasureWithParties, parties: Map<string, PartyContacts>): PartyRef | null {
  const first = Array.isArray(measure.responsibleParties) ? measure.responsibleParties[0] : undefined;
  if (!isObject(first) || !text(first.id)) return null;
  const known = parties.get(text(first.id));
  return { id: text(first.id), name: known?.name || text(first.name) };
}

/** The plan's measures (display order) with their lead parties, and the parties with their contacts. */
export function readRoundScope(data: PlanData): RoundScope {
  const parties = readParties(data as PlanData & WithParties);
  const measures = data.focusAreas.flatMap((fa) =>
    fa.goals.flatMap((goal) =>
      goal.measures.map((m) => ({
        id: m.id,
        title: m.title,
        status: m.status,
        statusNote: m.statusNote,
        lead: leadOf(m as MeasureWithParties, parties),
      })),
    ),
  );
  return { planTitle: data.title, parties, measures };
}

import type * as Y from 'yjs';
import { readPlanData, type PlanData } from '../../shared/plan';
import { readPlanIndicators } from '../../shared/plan/indicators';
import type { Status } from '../../shared/plan/status';
import type { PartyRef, ResponseIndicator } from '../../shared/api/rounds';
import type { DocumentGateway } from '../collab/documentGateway';

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
  /** The plan's local indicators that follow this measure: their figures are asked with its status. */
  localIndicators: ResponseIndicator[];
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
  indicatorIds?: unknown;
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

/** The plan's measures (display order) with their lead parties and local indicators, and the parties with their contacts. */
export function readRoundScope(data: PlanData, indicators: ResponseIndicator[] = []): RoundScope {
  const parties = readParties(data as PlanData & WithParties);
  const local = new Map(indicators.map((i) => [i.id, i]));
  const measures = data.focusAreas.flatMap((fa) =>
    fa.goals.flatMap((goal) =>
      goal.measures.map((m) => {
        const ids = (m as MeasureWithParties).indicatorIds;
        return {
          id: m.id,
          title: m.title,
          status: m.status,
          statusNote: m.statusNote,
          lead: leadOf(m as MeasureWithParties, parties),
          localIndicators: (Array.isArray(ids) ? ids : []).flatMap((id) => local.get(String(id)) ?? []),
        };
      }),
    ),
  );
  return { planTitle: data.title, parties, measures };
}

/** The local indicators of the document, as a respondent sees them. */
export function readLocalIndicators(doc: Y.Doc): ResponseIndicator[] {
  return readPlanIndicators(doc)
    .filter((i) => i.source === 'local')
    .map((i) => ({ id: i.id, title: i.title, unit: i.unit, points: i.localValues }));
}

/** The round's view of the plan as it is now (live if open). */
export function loadRoundScope(documents: DocumentGateway, planId: string): Promise<RoundScope> {
  return documents.read(planId, (doc) => readRoundScope(readPlanData(doc, planId), readLocalIndicators(doc)));
}

import type { Proposal, Round } from '../../shared/api/rounds';
import { STATUS_WORDING } from '../../shared/plan/status';
import { guardFormula } from '../exports/csv/csv';

const HEADER = ['Vastuutaho', 'Toimenpide-id', 'Toimenpide', 'Tila', 'Tilan kuvaus', 'Vastaaja', 'Sähköposti', 'Vastattu', 'Käsittely', 'Pyynnön tila'];

const PROPOSAL_STATES: Record<Proposal['state'], string> = {
  pending: 'odottaa',
  accepted: 'hyväksytty',
  rejected: 'hylätty',
  applied: 'kirjattu suoraan',
  replaced: 'korvattu',
};
const REQUEST_STATES = { pending: 'odottaa vastausta', answered: 'vastattu', overdue: 'myöhässä' } as const;

function field(text: string): string {
  const value = guardFormula(text);
  return /[";,\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A round's answers as CSV in the exports' dialect (UTF-8 with BOM, `;`,
 * formula guard): one row per measure of each request with its latest
 * answer, and unanswered measures with empty answer cells, so the sheet
 * shows who has not answered too.
 */
export function roundCsv(round: Round, proposals: Proposal[], measureTitles: Map<string, string>): Buffer {
  const latest = new Map<string, Proposal>();
  for (const p of [...proposals].sort((a, b) => a.at.localeCompare(b.at))) {
    if (p.state !== 'replaced') latest.set(`${p.requestId}|${p.measureId}`, p);
  }
  const rows = round.requests.flatMap((request) =>
    request.measureIds.map((measureId) => {
      const p = latest.get(`${request.id}|${measureId}`);
      return [
        request.party?.name ?? '',
        measureId,
        measureTitles.get(measureId) ?? '',
        p ? STATUS_WORDING.fi[p.status].short : '',
        p?.statusNote ?? '',
        p?.by.name ?? '',
        p?.by.email ?? '',
        p?.at ?? '',
        p ? PROPOSAL_STATES[p.state] : '',
        request.revokedAt ? 'peruttu' : REQUEST_STATES[request.state],
      ];
    }),
  );
  const lines = [HEADER, ...rows].map((cells) => cells.map(field).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

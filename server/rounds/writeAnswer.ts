import type * as Y from 'yjs';
import type { IndicatorValue, ResponseIndicator, ResponseInput } from '../../shared/api/rounds';
import { updateMeasure } from '../../shared/plan';
import { readPlanIndicator, setLocalValues } from '../../shared/plan/indicators';

type Answer = ResponseInput['answers'][number];

/**
 * Writes one answer into the plan document: the measure's status and status
 * note, and the figures it gives for the measure's local indicators, each
 * merged into that indicator's years (the other years stay). Called inside
 * the caller's one change, so all of it is one transaction.
 */
export function writeAnswer(doc: Y.Doc, answer: Pick<Answer, 'measureId' | 'status' | 'statusNote'> & { indicatorValues: IndicatorValue[] }): void {
  updateMeasure(doc, answer.measureId, { status: answer.status, statusNote: answer.statusNote });
  const byIndicator = new Map<string, IndicatorValue[]>();
  for (const value of answer.indicatorValues) byIndicator.set(value.indicatorId, [...(byIndicator.get(value.indicatorId) ?? []), value]);
  for (const [indicatorId, values] of byIndicator) {
    const indicator = readPlanIndicator(doc, indicatorId);
    if (indicator?.source !== 'local') continue;
    const points = new Map(indicator.localValues.map((p) => [p.year, p.value]));
    for (const v of values) points.set(v.year, v.value);
    setLocalValues(doc, indicatorId, [...points].map(([year, value]) => ({ year, value })));
  }
}

/** An indicator as the form shows it: its figures with those of a pending answer laid over them. */
export function withProposedFigures(indicator: ResponseIndicator, proposed: IndicatorValue[]): ResponseIndicator {
  const points = new Map(indicator.points.map((p) => [p.year, p.value]));
  for (const v of proposed) if (v.indicatorId === indicator.id) points.set(v.year, v.value);
  return { ...indicator, points: [...points].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year) };
}

import type { PlanData } from '../../../shared/plan';
import type { Thread } from '../../../shared/discussion';
import type { CommentTarget } from './api';

/** What a thread is about, in the panel's words: a numbered measure, or the words quoted from the text. */
export type Subject =
  | { kind: 'measure'; n: number; title: string }
  | { kind: 'removedMeasure' }
  | { kind: 'text'; quote: string }
  /** An agenda item of a meeting, by its number and title as when the thread was opened. */
  | { kind: 'agendaItem'; title: string };

/** Measure titles and running numbers by id, as the table numbers them. */
export interface MeasureIndex {
  titles: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, number>;
}

export function measureTitles(data: PlanData): Map<string, string> {
  return new Map(data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures.map((m) => [m.id, m.title] as const))));
}

const QUOTE_LENGTH = 120;

export function clipQuote(quote: string): string {
  return quote.length > QUOTE_LENGTH ? `${quote.slice(0, QUOTE_LENGTH - 1)}…` : quote;
}

function subjectOfMeasure(measureId: string, index: MeasureIndex): Subject {
  const title = index.titles.get(measureId);
  return title === undefined ? { kind: 'removedMeasure' } : { kind: 'measure', n: index.numbers.get(measureId) ?? 0, title };
}

export function subjectOf(thread: Thread, index: MeasureIndex): Subject {
  if (thread.agendaItem) return { kind: 'agendaItem', title: clipQuote(thread.quote) };
  return thread.measureId ? subjectOfMeasure(thread.measureId, index) : { kind: 'text', quote: clipQuote(thread.quote) };
}

export function subjectOfTarget(target: CommentTarget, index: MeasureIndex): Subject {
  return target.kind === 'measure' ? subjectOfMeasure(target.measureId, index) : { kind: 'text', quote: clipQuote(target.quote) };
}

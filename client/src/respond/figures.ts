import type { IndicatorValue, ResponseIndicator } from '../../../shared/api/rounds';
import type { FigureInput } from './IndicatorFigures';

/** Each indicator starts with last year (the year a spring round reports on) and an empty figure. */
export function initialFigures(indicators: ResponseIndicator[], now = new Date()): Record<string, FigureInput> {
  return Object.fromEntries(indicators.map((i) => [i.id, { year: String(now.getFullYear() - 1), value: '' }]));
}

/**
 * The typed figures as values to send: empty ones left out, a decimal comma
 * read as a point ("12,5"); null when one is not a number or its year is not
 * a year, so that the form can say so before anything is sent.
 */
export function figureValues(indicators: ResponseIndicator[], figures: Record<string, FigureInput>): IndicatorValue[] | null {
  const values: IndicatorValue[] = [];
  for (const indicator of indicators) {
    const figure = figures[indicator.id];
    if (!figure || figure.value.trim() === '') continue;
    const value = Number(figure.value.trim().replace(/\s/g, '').replace(',', '.'));
    const year = Number(figure.year.trim());
    if (!Number.isFinite(value) || !Number.isInteger(year) || year < 1900 || year > 2100) return null;
    values.push({ indicatorId: indicator.id, year, value });
  }
  return values;
}

import { describe, expect, it } from 'vitest';
import { figureValues, initialFigures } from './figures';

const indicators = [
  { id: 'a', title: 'Harrastavat', unit: '%', points: [] },
  { id: 'b', title: 'Kävijät', unit: 'hlö', points: [{ year: 2024, value: 10 }] },
];

describe('the figures a respondent types', () => {
  it('start with last year and no figure', () => {
    expect(initialFigures(indicators, new Date('2026-03-01'))).toEqual({ a: { year: '2025', value: '' }, b: { year: '2025', value: '' } });
  });

  it('are sent as numbers, a decimal comma read as a point, empty ones left out', () => {
    expect(figureValues(indicators, { a: { year: '2025', value: ' 12,5 ' }, b: { year: '2025', value: '' } })).toEqual([{ indicatorId: 'a', year: 2025, value: 12.5 }]);
    expect(figureValues(indicators, { a: { year: '2025', value: '1 200' }, b: { year: '2024', value: '-3' } })).toEqual([
      { indicatorId: 'a', year: 2025, value: 1200 },
      { indicatorId: 'b', year: 2024, value: -3 },
    ]);
  });

  it('are refused before sending when a figure or its year is not a number', () => {
    expect(figureValues(indicators, { a: { year: '2025', value: 'paljon' }, b: { year: '2025', value: '' } })).toBeNull();
    expect(figureValues(indicators, { a: { year: 'viime vuonna', value: '3' }, b: { year: '2025', value: '' } })).toBeNull();
    expect(figureValues(indicators, { a: { year: '1800', value: '3' }, b: { year: '2025', value: '' } })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateTime } from './dateTime';

describe('formatDateTime', () => {
  const noon = new Date(2026, 5, 12, 14, 5).toISOString();

  it('writes Finnish dates as municipalities do', () => {
    expect(formatDateTime(noon, 'fi')).toBe('12.6.2026 klo 14.05');
  });

  it('writes Swedish dates as in Finland, not as in Sweden', () => {
    expect(formatDateTime(noon, 'sv')).toBe('12.6.2026 14.05');
  });

  it('leaves an unreadable date as it came', () => {
    expect(formatDateTime('eilen', 'fi')).toBe('eilen');
  });
});

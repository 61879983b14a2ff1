const DAY_MS = 24 * 3600_000;

/** Minutes Helsinki is ahead of UTC at an instant (120 in winter, 180 in summer). */
function helsinkiOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The moment a deadline passes: a day (`2026-03-31`) lasts to its end in
 * Finland, where the plans' people are; a time with its offset is that time.
 */
export function deadlineInstant(deadline: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return new Date(deadline);
  const [year, month, day] = deadline.split('-').map(Number) as [number, number, number];
  const endOfDayUtc = Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  return new Date(endOfDayUtc - helsinkiOffsetMinutes(new Date(endOfDayUtc)) * 60_000);
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

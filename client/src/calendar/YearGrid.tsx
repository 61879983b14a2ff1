import type { ClockOccurrence } from './api';

interface Props {
  year: number;
  occurrences: ClockOccurrence[];
  locale: string;
  titleOf: (occurrence: ClockOccurrence) => string;
}

/**
 * The year at a glance: twelve months, each with its days' events, coloured
 * by kind. A picture only (hidden from screen readers, nothing to focus):
 * the list beside it says the same in order, with the controls.
 */
export function YearGrid({ year, occurrences, locale, titleOf }: Props) {
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return (
    <div className="year-grid" aria-hidden="true">
      {Array.from({ length: 12 }, (_, month) => {
        const prefix = `${year}-${String(month + 1).padStart(2, '0')}-`;
        const days = occurrences.filter((o) => o.date.startsWith(prefix));
        return (
          <div key={month} className={days.length > 0 ? 'year-grid__month year-grid__month--busy' : 'year-grid__month'}>
            <div className="year-grid__name">{monthName.format(new Date(Date.UTC(year, month, 1)))}</div>
            {days.map((o, index) => (
              <div key={index} className={`year-grid__event clock-kind--${o.kind}`}>
                <span className="year-grid__day">{Number(o.date.slice(8))}.</span> {titleOf(o)}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}

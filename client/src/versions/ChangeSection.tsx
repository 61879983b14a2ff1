import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  count: number;
  /** Said instead of an empty list, so that "nothing changed" is an answer, not a gap. */
  empty: string;
  /** h2 on the comparison page, h3 inside the report's section. */
  level?: 2 | 3;
  children: ReactNode;
}

/** One kind of change with its count in the heading. */
export function ChangeSection({ title, count, empty, level = 2, children }: Props) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="change-section" aria-labelledby={headingId}>
      <Heading id={headingId} className="change-section__title">
        {title} <span className="change-section__count">({count})</span>
      </Heading>
      {count === 0 ? <p className="change-section__empty">{empty}</p> : children}
    </section>
  );
}

import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_TABLE_HEADING_ID } from './MeasureTableSection';

/**
 * A link past the long plan text to the table. With hash routing, following
 * "#id" would replace the route, so the link moves focus itself.
 */
export function JumpToTable() {
  const { t } = useTranslation();
  const jump = (event: MouseEvent) => {
    event.preventDefault();
    const heading = document.getElementById(MEASURE_TABLE_HEADING_ID);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <p className="plan__jump">
      <a href={`#${MEASURE_TABLE_HEADING_ID}`} onClick={jump}>
        {t('table.jumpLink')}
      </a>
    </p>
  );
}

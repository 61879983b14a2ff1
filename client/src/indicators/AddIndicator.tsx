import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunChange } from './runChange';
import { CatalogueSearch } from './CatalogueSearch';
import { LocalIndicatorForm } from './LocalIndicatorForm';

interface Props {
  planId: string;
  run: RunChange;
  onAdded: () => Promise<void>;
}

/** Adding an indicator: from Sotkanet's catalogue by search, or one of the municipality's own. */
export function AddIndicator({ planId, run, onAdded }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="indicators__add" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('indicators.add.title')}</h2>
      <CatalogueSearch planId={planId} run={run} onAdded={onAdded} />
      <LocalIndicatorForm planId={planId} run={run} onAdded={onAdded} />
    </section>
  );
}

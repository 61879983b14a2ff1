import { useTranslation } from 'react-i18next';
import type { PlanComparison } from '../../../shared/plan';
import { ChangeSection } from './ChangeSection';
import type { ComparisonCounts } from './comparisonSummary';
import { FieldChangeList } from './FieldChangeList';
import { MeasureList, MovedList, StatusChangeList } from './MeasureChangeLists';
import { TextDiff } from './TextDiff';

/** What changed between two versions: the measure table's changes by kind, then the plan text's. */
export function ComparisonResult({ comparison, counts }: { comparison: PlanComparison; counts: ComparisonCounts }) {
  const { t } = useTranslation();
  return (
    <div className="comparison">
      <ChangeSection title={t('compare.statusChanged')} count={counts.statusChanged} empty={t('compare.none.statusChanged')}>
        <StatusChangeList changes={comparison.statusChanged} />
      </ChangeSection>
      <ChangeSection title={t('compare.added')} count={counts.added} empty={t('compare.none.added')}>
        <MeasureList measures={comparison.added} />
      </ChangeSection>
      <ChangeSection title={t('compare.removed')} count={counts.removed} empty={t('compare.none.removed')}>
        <MeasureList measures={comparison.removed} />
      </ChangeSection>
      <ChangeSection title={t('compare.moved')} count={counts.moved} empty={t('compare.none.moved')}>
        <MovedList moves={comparison.moved} />
      </ChangeSection>
      <ChangeSection title={t('compare.changed')} count={counts.changed} empty={t('compare.none.changed')}>
        <FieldChangeList changes={comparison.changed} />
      </ChangeSection>
      <ChangeSection title={t('compare.text')} count={counts.text} empty={t('compare.none.text')}>
        <TextDiff changes={comparison.body} />
      </ChangeSection>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { MeasureRef, PlanComparison } from '../../../shared/plan';
import { MeasureTitle } from './MeasureTitle';
import { StatusChange } from './StatusChange';

/** Measures whose traffic light changed, each with its status before and after. */
export function StatusChangeList({ changes }: { changes: PlanComparison['statusChanged'] }) {
  return (
    <ul className="change-list">
      {changes.map(({ measure, from, to }) => (
        <li key={measure.id} className="change">
          <MeasureTitle measure={measure} />
          <StatusChange from={from} to={to} />
        </li>
      ))}
    </ul>
  );
}

/** Measures added or removed. */
export function MeasureList({ measures }: { measures: MeasureRef[] }) {
  return (
    <ul className="change-list">
      {measures.map((measure) => (
        <li key={measure.id} className="change">
          <MeasureTitle measure={measure} />
        </li>
      ))}
    </ul>
  );
}

/** Measures moved to another goal: where they were, and where they are. */
export function MovedList({ moves }: { moves: PlanComparison['moved'] }) {
  const { t } = useTranslation();
  return (
    <ul className="change-list">
      {moves.map(({ measure, from }) => (
        <li key={measure.id} className="change">
          <span className="change__title">{measure.title}</span>
          <span className="change__move">
            {t('compare.movedFrom', { focusArea: from.focusArea, goal: from.goal })}
            <br />
            {t('compare.movedTo', { focusArea: measure.focusArea, goal: measure.goal })}
          </span>
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { isTargetGroup, type FieldChange, type PlanComparison } from '../../../shared/plan';
import { MarkedText } from './MarkedText';
import { MeasureTitle } from './MeasureTitle';

/** A field's value in words: target groups by their name, an empty field said to be empty. */
function useFieldValue() {
  const { t } = useTranslation();
  return (change: FieldChange, value: string) => {
    if (value === '') return null;
    return change.field === 'targetGroup' && isTargetGroup(value) ? t(`targetGroup.${value}`) : value;
  };
}

/** Measures whose fields changed: each field's old value struck through, the new one underlined. */
export function FieldChangeList({ changes }: { changes: PlanComparison['changed'] }) {
  const { t } = useTranslation();
  const valueOf = useFieldValue();
  const side = (kind: 'added' | 'removed', change: FieldChange, value: string) => {
    const text = valueOf(change, value);
    return text === null ? <span className="change__blank">{t('compare.blank')}</span> : <MarkedText kind={kind} text={text} />;
  };
  return (
    <ul className="change-list">
      {changes.map(({ measure, fields }) => (
        <li key={measure.id} className="change">
          <MeasureTitle measure={measure} />
          <dl className="field-changes">
            {fields.map((change) => (
              <div key={change.field} className="field-changes__item">
                <dt>{t(`compare.fields.${change.field}`)}</dt>
                <dd>
                  {side('removed', change, change.from)}
                  <span className="status-change__arrow" aria-hidden="true">
                    →
                  </span>
                  {side('added', change, change.to)}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

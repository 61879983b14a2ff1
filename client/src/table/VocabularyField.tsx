import { memo, useCallback, useMemo, useState } from 'react';
import { nameKey, VOCABULARY_LIMITS, type NamedRef, type VocabularyKind } from '../../../shared/plan';
import { MultiCombobox, type ComboChange } from '../components/combobox/MultiCombobox';
import type { ComboOption } from '../components/combobox/options';
import { CellFrame } from './CellFrame';
import { fieldId } from './ids';
import { chosenEntries, MEASURE_LISTS, pickOrder } from './measureVocabulary';
import { useTable } from './TableContext';
import { useMeasureField, useVocabulary } from './usePlanTable';

/** The cell each vocabulary is edited in, as presence and focus name it. */
export const VOCABULARY_CELLS = { party: 'responsible', targetGroup: 'targetGroup', project: 'projects' } as const;

/** The id of the one element that tells how the table's comboboxes are used (see MeasureTableSection). */
export const COMBOBOX_HINT_ID = 'mt-combobox-hint';

const toOption = ({ id, name }: NamedRef): ComboOption => ({ id, label: name });
const toEntry = ({ id, label }: ComboOption): NamedRef => ({ id, name: label });

interface Props {
  measureId: string;
  kind: VocabularyKind;
  /** The running number that names the row's fields. */
  n: number;
}

/**
 * A measure's parties (the lead first), target groups or projects, picked
 * from the plan's vocabulary or created by typing a new name. Renders for
 * its own list only: the vocabulary is read (and subscribed to) only while
 * focus is in the field, so that an entry someone adds renders no row.
 */
export const VocabularyField = memo(function VocabularyField({ measureId, kind, n }: Props) {
  const { t, store, readOnly, actions, announce } = useTable();
  const list = useMeasureField(store, measureId, MEASURE_LISTS[kind]);
  const [active, setActive] = useState(false);
  const vocabulary = useVocabulary(store, kind, active);
  const cell = { kind: 'measure', id: measureId, field: VOCABULARY_CELLS[kind] } as const;
  const value = useMemo(() => chosenEntries(list).map(toOption), [list]);
  const options = useMemo(() => pickOrder(kind, vocabulary).map(toOption), [kind, vocabulary]);

  const onChange = useCallback(
    (next: ComboOption[], _change: ComboChange) => actions.writeEntries(measureId, kind, next.map(toEntry)),
    [actions, measureId, kind],
  );
  const ordered = useMemo(
    () =>
      kind === 'party'
        ? {
            firstBadge: t('table.vocabulary.lead'),
            makeFirstLabel: (name: string) => t('table.vocabulary.makeLead', { name }),
            madeFirst: (name: string) => t('table.vocabulary.madeLead', { name }),
          }
        : undefined,
    [kind, t],
  );

  return (
    <CellFrame cell={cell}>
      <MultiCombobox
        id={fieldId(cell)}
        label={t(`table.labels.${VOCABULARY_CELLS[kind]}`, { n })}
        t={t}
        value={value}
        options={options}
        onChange={onChange}
        keyOf={nameKey}
        onActiveChange={setActive}
        readOnly={readOnly}
        announce={announce}
        hintId={COMBOBOX_HINT_ID}
        ordered={ordered}
        placeholder={t(`table.placeholders.${VOCABULARY_CELLS[kind]}`)}
        maxLength={VOCABULARY_LIMITS.name}
      />
    </CellFrame>
  );
});

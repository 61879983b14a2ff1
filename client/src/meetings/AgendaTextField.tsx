import { useId } from 'react';
import type * as Y from 'yjs';
import { agendaItemText, type AgendaTextField as Field } from '../../../shared/meeting';
import { replaceYText } from '../../../shared/plan';
import { useYTextBinding } from '../table/useYTextBinding';

interface Props {
  doc: Y.Doc;
  itemId: string;
  field: Field;
  label: string;
  readOnly: boolean;
}

/** One of an item's texts (notes, decision), co-edited live with the table's Y.Text binding. */
export function AgendaTextField({ doc, itemId, field, label, readOnly }: Props) {
  const id = useId();
  const text = readOnly ? readYText(doc, itemId, field) : agendaItemText(doc, itemId, field);
  const ref = useYTextBinding(text, doc.clientID);
  return (
    <div className="meeting-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={ref}
        rows={3}
        readOnly={readOnly}
        data-meeting-field={field}
        onInput={(event) => {
          const value = event.currentTarget.value;
          if (text) doc.transact(() => replaceYText(text, value), doc.clientID);
        }}
      />
    </div>
  );
}

/** A reader must not create the missing Y.Text (a read-only connection's change goes nowhere). */
function readYText(doc: Y.Doc, itemId: string, field: Field): Y.Text | undefined {
  const item = doc.getMap('agenda').get(itemId) as Y.Map<unknown> | undefined;
  const text = item?.get(field);
  return text && typeof (text as Y.Text).observe === 'function' ? (text as Y.Text) : undefined;
}

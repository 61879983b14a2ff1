import type { CSSProperties, ReactNode } from 'react';
import { readableTextColor } from '../editor/readableTextColor';
import { cellAttributes } from './ids';
import type { CellRef } from './presence';
import { useTable } from './TableContext';
import { useCellEditors } from './useTablePresence';

/**
 * A field's wrapper: it tells the table which field focus is in (for the
 * others' view) and shows who else is editing it, with an outline and a
 * name tag in their colour, the colours of the presence list.
 */
export function CellFrame({ cell, className, children }: { cell: CellRef; className?: string; children: ReactNode }) {
  const { t, editors } = useTable();
  const others = useCellEditors(editors, cell);
  const first = others[0];
  const style = first ? ({ '--editor-color': first.color } as CSSProperties) : undefined;
  return (
    <div
      className={`mt-field ${className ?? ''} ${first ? 'mt-field--busy' : ''}`}
      style={style}
      {...cellAttributes(cell)}
    >
      {children}
      {first && (
        <span className="mt-field__tag" style={{ backgroundColor: first.color, color: readableTextColor(first.color) }}>
          <span className="visually-hidden">{t('table.editingBy')} </span>
          {others.map((editor) => editor.name).join(', ')}
        </span>
      )}
    </div>
  );
}

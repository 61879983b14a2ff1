import { controlId, type Control } from './ids';
import { TableIcon, type TableIconName } from './icons';
import type { Direction, EntityKind } from './moves';
import { useTable } from './TableContext';

interface IconButtonProps {
  id: string;
  icon: TableIconName;
  label: string;
  disabled?: boolean;
  onPress: () => void;
}

/**
 * An icon button named by its label (also its tooltip); the icon is its ::before (icons.css). Unavailable moves use
 * aria-disabled rather than `disabled`: a button that just moved its row to
 * the top keeps the focus instead of dropping it.
 */
export function IconButton({ id, icon, label, disabled = false, onPress }: IconButtonProps) {
  return (
    <button
      type="button"
      id={id}
      className={`mt-icon-button mt-icon-button--${icon}`}
      aria-label={label}
      title={label}
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onPress();
      }}
    />
  );
}

interface RowControlsProps {
  kind: EntityKind;
  id: string;
  /** The running number that names the row. */
  n: number;
  /** Whether a step up or down leads anywhere (false at the table's edges). */
  canUp: boolean;
  canDown: boolean;
}

/** Move up, move down, (for a measure) move to another goal, and delete. */
export function RowControls({ kind, id, n, canUp, canDown }: RowControlsProps) {
  const { t, actions, openDialog } = useTable();
  // The icon of each control is named like the control.
  const button = (control: Control & TableIconName, label: string, onPress: () => void, disabled?: boolean) => (
    <IconButton id={controlId(kind, id, control)} icon={control} label={label} onPress={onPress} disabled={disabled} />
  );
  const step = (direction: Direction) =>
    button(
      direction,
      t(`table.actions.${direction}.${kind}`, { n }),
      () => actions.step(kind, id, direction),
      !(direction === 'up' ? canUp : canDown),
    );
  const remove = () =>
    kind === 'measure' ? actions.remove(kind, id) : openDialog({ kind: 'delete', entity: kind, id });
  return (
    <div className={`mt-controls mt-controls--${kind}`}>
      {step('up')}
      {step('down')}
      {kind === 'measure' &&
        button('moveTo', t('table.actions.moveTo', { n }), () => openDialog({ kind: 'moveToGoal', measureId: id }))}
      {button('delete', t(`table.actions.delete.${kind}`, { n }), remove)}
    </div>
  );
}

/** "+ Lisää toimenpide" under a goal, "+ Lisää tavoite" under a focus area. */
export function AddButton({ kind, parentId, n }: { kind: 'goal' | 'measure'; parentId: string; n: number }) {
  const { t, actions } = useTable();
  const parentKind = kind === 'goal' ? 'focusArea' : 'goal';
  const [text, label] =
    kind === 'goal'
      ? [t('table.actions.addGoal'), t('table.actions.addGoalTo', { n })]
      : [t('table.actions.addMeasure'), t('table.actions.addMeasureTo', { n })];
  return (
    <button
      type="button"
      id={controlId(parentKind, parentId, 'add')}
      className="mt-add"
      aria-label={label}
      onClick={() => actions.add(kind, parentId)}
    >
      <TableIcon name="add" size={16} />
      {text}
    </button>
  );
}

/** The grip that drags a row (drawn as its ::before); the move buttons and Alt+arrows do the same from the keyboard. */
export function DragHandle({ kind, id, image }: { kind: EntityKind; id: string; image: () => Element | null }) {
  const { t, drag } = useTable();
  return (
    <span
      className="mt-handle"
      title={t('table.actions.drag')}
      aria-hidden="true"
      {...drag.handleProps(kind, id, image)}
    />
  );
}

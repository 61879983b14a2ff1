import { useSyncExternalStore } from 'react';
import { findMeasure } from '../../../shared/plan';
import { MeasureHistoryDialog } from '../history/MeasureHistoryDialog';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { controlId } from './ids';
import { MoveToGoalDialog } from './MoveToGoalDialog';
import type { PlanTableStore } from './planTableStore';
import type { TableDialog } from './TableContext';
import type { TableActions } from './useTableActions';

interface Props {
  dialog: TableDialog | null;
  store: PlanTableStore;
  planId: string;
  actions: TableActions;
  requestFocus: (id: string) => void;
  onClose: () => void;
}

/** The open dialog; nothing (and no subscription to the plan's data) while none is. */
export function TableDialogs({ dialog, ...rest }: Props) {
  return dialog ? <OpenDialog dialog={dialog} {...rest} /> : null;
}

/**
 * The open dialog, if its row still exists (someone may have deleted it
 * meanwhile). Closing gives focus back to the button that opened it, by id,
 * since that button may have been re-rendered.
 */
function OpenDialog({ dialog, store, planId, actions, requestFocus, onClose }: Props & { dialog: TableDialog }) {
  const data = useSyncExternalStore(store.subscribe, store.getData);
  if (dialog.kind === 'history') {
    const id = dialog.measureId;
    const found = findMeasure(data, id);
    if (!found) return null;
    const close = () => {
      onClose();
      requestFocus(controlId('measure', id, 'history'));
    };
    return <MeasureHistoryDialog planId={planId} measure={found.measure} data={data} onClose={close} />;
  }
  if (dialog.kind === 'moveToGoal') {
    const found = findMeasure(data, dialog.measureId);
    if (!found) return null;
    const id = dialog.measureId;
    const close = () => {
      onClose();
      requestFocus(controlId('measure', id, 'moveTo'));
    };
    return (
      <MoveToGoalDialog
        data={data}
        measure={{ id, title: found.measure.title, goalId: found.goal.id }}
        onMove={(goalId) => {
          close();
          actions.move({ kind: 'measure', id, to: { goalId } });
        }}
        onClose={close}
      />
    );
  }
  if (dialog.kind === 'delete') {
    const { entity, id } = dialog;
    const cancel = () => {
      onClose();
      requestFocus(controlId(entity, id, 'delete'));
    };
    const confirm = () => {
      onClose();
      actions.remove(entity, id);
    };
    if (entity === 'focusArea') {
      const item = data.focusAreas.find((fa) => fa.id === id);
      return item ? <ConfirmDeleteDialog entity="focusArea" item={item} onConfirm={confirm} onClose={cancel} /> : null;
    }
    const item = data.focusAreas.flatMap((fa) => fa.goals).find((goal) => goal.id === id);
    return item ? <ConfirmDeleteDialog entity="goal" item={item} onConfirm={confirm} onClose={cancel} /> : null;
  }
  return null;
}

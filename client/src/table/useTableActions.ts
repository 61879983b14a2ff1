import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addFocusArea,
  addGoal,
  addMeasure,
  deleteFocusArea,
  deleteGoal,
  deleteMeasure,
  isTypedField,
  moveFocusArea,
  moveGoal,
  moveMeasure,
  PlanDocError,
  readPlanData,
  setMeasureField,
  type MeasureFields,
  type MeasureStringField,
  type PlanData,
} from '../../../shared/plan';
import { fieldId, UNDO_BUTTON_ID } from './ids';
import { keyboardMove, locate, type Direction, type EntityKind, type MoveRequest } from './moves';
import type { TableUndo } from './useTableUndo';

export interface TableActions {
  /** Adds a focus area, a goal under a focus area, or a measure under a goal, and focuses its title. */
  add: (kind: EntityKind, parentId?: string) => void;
  setField: <F extends MeasureStringField>(measureId: string, field: F, value: MeasureFields[F]) => void;
  move: (request: MoveRequest) => void;
  /** One step up or down among the shown rows (buttons, Alt+arrows). */
  step: (kind: EntityKind, id: string, direction: Direction) => void;
  canStep: (kind: EntityKind, id: string, direction: Direction) => boolean;
  remove: (kind: EntityKind, id: string) => void;
  undo: () => void;
  redo: () => void;
}

interface Options {
  doc: Y.Doc;
  undo: TableUndo;
  /** What the table shows (filtered): steps go past the neighbours one sees. */
  view: PlanData;
  announce: (message: string) => void;
  requestFocus: (id: string, select?: boolean) => void;
  /** Keeps a new measure or goal in view while filters would hide it. */
  pin: (id: string) => void;
}

/**
 * Every change the table makes, written through the schema module with this
 * person's origin (so their undo sees it) and told to screen reader users.
 * Structural changes are undo steps of their own; typing in one field within
 * the capture time is one step.
 */
export function useTableActions({ doc, undo, view, announce, requestFocus, pin }: Options): TableActions {
  const { t } = useTranslation();
  const { origin } = undo;

  const write = (change: () => void): boolean => {
    try {
      change();
      return true;
    } catch (error) {
      // A peer deleted what this change refers to a moment ago.
      if (!(error instanceof PlanDocError)) throw error;
      announce(t('table.announce.failed'));
      return false;
    }
  };

  const structural = (change: () => void): boolean => {
    undo.stopCapturing();
    const done = write(change);
    undo.stopCapturing();
    return done;
  };

  const add: TableActions['add'] = (kind, parentId = '') => {
    let id = '';
    const done = structural(() => {
      if (kind === 'focusArea') id = addFocusArea(doc, { title: t('table.new.focusArea') }, origin);
      if (kind === 'goal') id = addGoal(doc, parentId, { title: t('table.new.goal') }, origin);
      if (kind === 'measure') id = addMeasure(doc, parentId, { title: t('table.new.measure') }, origin);
    });
    if (!done) return;
    pin(id);
    requestFocus(fieldId({ kind, id, field: 'title' }), true);
    announce(t(`table.announce.added.${kind}`));
  };

  const move: TableActions['move'] = (request) => {
    const done = structural(() => {
      if (request.kind === 'measure') moveMeasure(doc, request.id, request.to, origin);
      if (request.kind === 'goal') moveGoal(doc, request.id, request.to, origin);
      if (request.kind === 'focusArea') moveFocusArea(doc, request.id, request.to, origin);
    });
    const place = done && locate(readPlanData(doc, view.id), request.kind, request.id);
    if (place) announce(t(`table.announce.moved.${request.kind}`, place));
  };

  const remove: TableActions['remove'] = (kind, id) => {
    const done = structural(() => {
      if (kind === 'measure') deleteMeasure(doc, id, origin);
      if (kind === 'goal') deleteGoal(doc, id, origin);
      if (kind === 'focusArea') deleteFocusArea(doc, id, origin);
    });
    if (!done) return;
    // The row and its controls are gone; undo is what one most likely wants next.
    requestFocus(UNDO_BUTTON_ID);
    announce(t(`table.announce.deleted.${kind}`));
  };

  return {
    add,
    move,
    remove,
    setField: (measureId, field, value) => {
      const change = () => setMeasureField(doc, measureId, field, value, origin);
      // A status or group is a step of its own; typing the schedule groups like text.
      if (isTypedField(field)) write(change);
      else structural(change);
    },
    step: (kind, id, direction) => {
      const request = keyboardMove(view, kind, id, direction);
      if (request) move(request);
    },
    canStep: (kind, id, direction) => keyboardMove(view, kind, id, direction) !== null,
    undo: () => {
      if (!undo.canUndo) return;
      undo.undo();
      announce(t('table.announce.undone'));
    },
    redo: () => {
      if (!undo.canRedo) return;
      undo.redo();
      announce(t('table.announce.redone'));
    },
  };
}

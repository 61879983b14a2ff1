import { useMemo, useRef } from 'react';
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
  writeTableField,
  type NamedRef,
  type PlanData,
  type TableFieldRef,
  type VocabularyKind,
} from '../../../shared/plan';
import { fieldId, UNDO_BUTTON_ID } from './ids';
import { writeMeasureEntries } from './measureVocabulary';
import { keyboardMove, locate, type Direction, type EntityKind, type MoveRequest } from './moves';
import type { TableUndo } from './useTableUndo';

export interface TableActions {
  /** Adds a focus area, a goal under a focus area, or a measure under a goal, and focuses its title. */
  add: (kind: EntityKind, parentId?: string) => void;
  /**
   * Writes one field: the one path every field of the table takes. `caret`
   * (where the caret stands after the edit) places a text edit. False when
   * nothing could be written: a peer deleted the row a moment ago.
   */
  writeField: (ref: TableFieldRef, value: string, caret?: number) => boolean;
  /**
   * Sets a measure's parties (the lead first), target groups or projects,
   * creating the entries not stored yet: an undo step of its own. False when
   * the measure is gone or a name is refused.
   */
  writeEntries: (measureId: string, kind: VocabularyKind, chosen: readonly NamedRef[]) => boolean;
  move: (request: MoveRequest) => void;
  /** One step up or down among the shown rows (buttons, Alt+arrows). */
  step: (kind: EntityKind, id: string, direction: Direction) => void;
  remove: (kind: EntityKind, id: string) => void;
  undo: () => void;
  redo: () => void;
}

interface Options {
  doc: Y.Doc;
  undo: TableUndo;
  /** What the table shows now (filtered): steps go past the neighbours one sees. Read when a step is made. */
  view: () => PlanData;
  announce: (message: string) => void;
  requestFocus: (id: string, select?: boolean) => void;
  /** Keeps a new measure or goal in view while filters would hide it. */
  pin: (id: string) => void;
}

/**
 * Every change the table makes, written through the schema module with this
 * person's origin (so their undo sees it) and told to screen reader users.
 * Structural changes and picks from a list are undo steps of their own;
 * typing in one field within the capture time is one step.
 *
 * The actions object stays the same for the document's life (it reads the
 * latest undo state and view when used), so that the rows, which all get
 * it, need not re-render when those change.
 */
export function useTableActions(options: Options): TableActions {
  const { t } = useTranslation();
  const latest = useRef({ ...options, t });
  latest.current = { ...options, t };
  const { doc } = options;

  return useMemo(() => {
    const write = (change: () => void): boolean => {
      try {
        change();
        return true;
      } catch (error) {
        // A peer deleted what this change refers to a moment ago.
        if (!(error instanceof PlanDocError)) throw error;
        latest.current.announce(latest.current.t('table.announce.failed'));
        return false;
      }
    };

    const structural = (change: () => void): boolean => {
      const { undo } = latest.current;
      undo.stopCapturing();
      const done = write(change);
      undo.stopCapturing();
      return done;
    };

    const origin = () => latest.current.undo.origin;

    const add: TableActions['add'] = (kind, parentId = '') => {
      const { t, pin, requestFocus, announce } = latest.current;
      let id = '';
      const done = structural(() => {
        if (kind === 'focusArea') id = addFocusArea(doc, { title: t('table.new.focusArea') }, origin());
        if (kind === 'goal') id = addGoal(doc, parentId, { title: t('table.new.goal') }, origin());
        if (kind === 'measure') id = addMeasure(doc, parentId, { title: t('table.new.measure') }, origin());
      });
      if (!done) return;
      pin(id);
      requestFocus(fieldId({ kind, id, field: 'title' }), true);
      announce(t(`table.announce.added.${kind}`));
    };

    const move: TableActions['move'] = (request) => {
      const done = structural(() => {
        if (request.kind === 'measure') moveMeasure(doc, request.id, request.to, origin());
        if (request.kind === 'goal') moveGoal(doc, request.id, request.to, origin());
        if (request.kind === 'focusArea') moveFocusArea(doc, request.id, request.to, origin());
      });
      const { t, announce, view } = latest.current;
      const place = done && locate(readPlanData(doc, view().id), request.kind, request.id);
      if (place) announce(t(`table.announce.moved.${request.kind}`, place));
    };

    const remove: TableActions['remove'] = (kind, id) => {
      const done = structural(() => {
        if (kind === 'measure') deleteMeasure(doc, id, origin());
        if (kind === 'goal') deleteGoal(doc, id, origin());
        if (kind === 'focusArea') deleteFocusArea(doc, id, origin());
      });
      if (!done) return;
      const { t, announce, requestFocus } = latest.current;
      // The row and its controls are gone; undo is what one most likely wants next.
      requestFocus(UNDO_BUTTON_ID);
      announce(t(`table.announce.deleted.${kind}`));
    };

    return {
      add,
      move,
      remove,
      writeField: (ref, value, caret) => {
        const change = () => writeTableField(doc, ref, value, { caret, origin: origin() });
        // Typing groups into steps by time; a status or group picked from a list is a step of its own.
        return isTypedField(ref.field) ? write(change) : structural(change);
      },
      // Undo takes the measure's list back; an entry it created stays, since a peer may have chosen it meanwhile.
      writeEntries: (measureId, kind, chosen) => structural(() => writeMeasureEntries(doc, measureId, kind, chosen, origin())),
      step: (kind, id, direction) => {
        const request = keyboardMove(latest.current.view(), kind, id, direction);
        if (request) move(request);
      },
      undo: () => {
        const { undo, announce, t } = latest.current;
        if (!undo.canUndo) return;
        undo.undo();
        announce(t('table.announce.undone'));
      },
      redo: () => {
        const { undo, announce, t } = latest.current;
        if (!undo.canRedo) return;
        undo.redo();
        announce(t('table.announce.redone'));
      },
    };
  }, [doc]);
}

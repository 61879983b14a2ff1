import * as Y from 'yjs';
import { getFocusAreaMap, getGoalMap, getMeasureMap } from '../../../shared/plan';

/** The origin of this person's table edits: the one their undo manager tracks. */
export class TableEditOrigin {
  readonly name = 'measure-table';
}

/**
 * One person's undo history of the measure table: only transactions with
 * their own `origin` are tracked, so undo never reverts what others did.
 * The plan text has its own history in the editor.
 */
export function createTableUndoManager(doc: Y.Doc, origin: TableEditOrigin): Y.UndoManager {
  return new Y.UndoManager([getFocusAreaMap(doc), getGoalMap(doc), getMeasureMap(doc)], {
    trackedOrigins: new Set([origin]),
    // Keystrokes within half a second are one step, like the text editor's.
    captureTimeout: 500,
  });
}

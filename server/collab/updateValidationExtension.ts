import type { Document, Extension, afterUnloadDocumentPayload, beforeSyncPayload } from '@hocuspocus/server';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import { parseDocumentName } from '../../shared/documentNames';
import { planTextSchema } from '../../shared/editor/planTextSchema';
import { moduleLogger } from '../logging/logger';
import type { ConnectionContext } from './authExtension';
import { BODY_FIELD } from '../../shared/editor/planTextExtensions';
import { BodyMirror, MALFORMED_UPDATE } from './bodyMirror';
import { CloseError, INVALID_UPDATE, PLAN_TEXT_REFUSED, UPDATE_TOO_LARGE } from './closeEvents';
import { decodeUpdateOnce } from './decodedUpdate';
import { leavesRootAlone } from './updateReach';

const log = moduleLogger('update-validation');

/**
 * One update from a client: half the socket's frame limit, far above a pasted
 * report (a 100-page text is some 300 KB) or the first sync of edits made offline.
 */
export const MAX_UPDATE_BYTES = 4 * 1024 * 1024;

/**
 * Refuses, before anything is journaled or applied, an update after which the
 * plan text (`body`) would not fit the plan-text schema: unknown nodes, marks
 * or attributes, attribute values out of bounds (a `colspan` of 1e9), invalid
 * structure, nesting or size (`shared/editor/planTextRules.ts`). Such text
 * makes every browser editor throw and show an empty page, and the next
 * keystroke there would replace the whole text. A refused update is not
 * acknowledged; the sender's connection to the plan is closed
 * (`PLAN_TEXT_REFUSED`) and the others never see it.
 *
 * A block that was already invalid when it was stored (before this check
 * existed) refuses edits inside it too, but can be deleted.
 */
export class UpdateValidationExtension implements Extension {
  readonly extensionName = 'update-validation';
  /** Above the persistence extension (100), so that a refused update never reaches the journal. */
  readonly priority = 200;
  private readonly mirrors = new Map<string, { document: Document; mirror: BodyMirror }>();

  constructor() {
    // Built at start, not on the first keystroke after it: building the schema takes a good part of a second.
    planTextSchema();
  }

  async beforeSync({ connection, context, document, documentName, type, payload }: beforeSyncPayload<ConnectionContext>): Promise<void> {
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return;
    // Read-only connections' updates are refused by Hocuspocus; discussions are written by the server only.
    if (connection.readOnly || parseDocumentName(documentName)?.kind !== 'plan') return;
    if (payload.length > MAX_UPDATE_BYTES) {
      log.warn({ document: documentName, userId: context?.user?.id, bytes: payload.length }, 'refused an update that is too large');
      throw new CloseError(UPDATE_TOO_LARGE);
    }
    const decoded = decodeUpdateOnce(payload);
    if (!decoded) throw new CloseError(INVALID_UPDATE);
    // Most edits in a meeting are table edits: shown from the bytes and the document not to reach the
    // plan text, they need no trial on the copy (which still follows them through the document).
    if (leavesRootAlone(document, decoded, BODY_FIELD)) return;
    const problem = this.mirrorOf(documentName, document).check(payload);
    if (problem === MALFORMED_UPDATE) throw new CloseError(INVALID_UPDATE);
    if (problem) {
      log.warn({ document: documentName, userId: context?.user?.id, problem }, 'refused an update: the plan text would not fit its schema');
      throw new CloseError(PLAN_TEXT_REFUSED);
    }
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.mirrors.get(documentName)?.mirror.destroy();
    this.mirrors.delete(documentName);
  }

  async onDestroy(): Promise<void> {
    for (const { mirror } of this.mirrors.values()) mirror.destroy();
    this.mirrors.clear();
  }

  /** Made on the first update someone sends, so plans that are only read cost nothing extra. */
  private mirrorOf(documentName: string, document: Document): BodyMirror {
    const known = this.mirrors.get(documentName);
    if (known?.document === document) return known.mirror;
    known?.mirror.destroy();
    const mirror = new BodyMirror(document);
    this.mirrors.set(documentName, { document, mirror });
    return mirror;
  }
}

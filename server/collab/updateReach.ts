import * as Y from 'yjs';
import type { DecodedUpdate } from './decodedUpdate';

/** Above this many structs an update is simply tried on the copy: working it out would cost as much. */
const MAX_STRUCTS = 64;

/** The root type's name that `type` lies in, or `null` when it cannot be told. */
function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  let current = type;
  while (current._item) {
    const parent = current._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
  return current.doc === doc ? Y.findRootTypeKey(current) : null;
}

/**
 * Whether `update` can be shown to leave the root type `root` (the plan
 * text) alone: every item it adds lies, through its explicit parent or
 * through the neighbours Yjs takes the parent from, in another root type
 * of `doc`, and everything it deletes does too. Anything that cannot be told
 * for certain from `doc` as it is (a neighbour not yet known, a collected
 * struct, a large update, or structs `doc` holds back waiting for missing
 * ones, which this update could release) answers `false`: such an update
 * is checked in full. A status change, the commonest edit in a meeting, is
 * one map entry and the deletion of the one before it: a few lookups.
 */
export function leavesRootAlone(doc: Y.Doc, decoded: DecodedUpdate, root: string): boolean {
  const store = doc.store;
  if (store.pendingStructs !== null || store.pendingDs !== null) return false;
  if (decoded.structs.length > MAX_STRUCTS) return false;
  // Items of this update, by client: a later item may take its parent from an earlier one.
  const own = new Map<number, Y.Item[]>();
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) return false; // GC or Skip: no parent to tell
    const list = own.get(struct.id.client);
    if (list) list.push(struct);
    else own.set(struct.id.client, [struct]);
  }
  const verdicts = new Map<Y.Item, string | null>();

  /** The root type an item of this update or of `doc` lies in. */
  const rootOfId = (id: Y.ID, depth: number): string | null => {
    const inUpdate = own.get(id.client)?.find((item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length);
    if (inUpdate) return rootOfNew(inUpdate, depth + 1);
    if (id.clock >= Y.getState(store, id.client)) return null;
    const known = Y.getItem(store, id);
    if (!(known instanceof Y.Item) || !(known.parent instanceof Y.AbstractType)) return null;
    return rootName(doc, known.parent);
  };
  /** The root type of the type that the item with `id` holds (an explicit parent). */
  const rootOfParentId = (id: Y.ID, depth: number): string | null => {
    const inUpdate = own.get(id.client)?.find((item) => item.id.clock === id.clock);
    if (inUpdate) return inUpdate.content instanceof Y.ContentType ? rootOfNew(inUpdate, depth + 1) : null;
    if (id.clock >= Y.getState(store, id.client)) return null;
    const known = Y.getItem(store, id);
    if (!(known instanceof Y.Item) || !(known.content instanceof Y.ContentType)) return null;
    return rootName(doc, known.content.type);
  };
  const rootOfNew = (item: Y.Item, depth: number): string | null => {
    if (depth > MAX_STRUCTS) return null;
    if (verdicts.has(item)) return verdicts.get(item)!;
    verdicts.set(item, null); // a cycle answers "cannot tell"
    const roots: (string | null)[] = [];
    if (item.origin) roots.push(rootOfId(item.origin, depth));
    if (item.rightOrigin) roots.push(rootOfId(item.rightOrigin, depth));
    if (!item.origin && !item.rightOrigin) {
      const parent = item.parent as unknown;
      roots.push(typeof parent === 'string' ? parent : parent instanceof Y.ID ? rootOfParentId(parent, depth) : null);
    }
    // Both neighbours must agree: Yjs takes the parent from one of them.
    const verdict = roots.every((r) => r !== null && r === roots[0]) ? roots[0]! : null;
    verdicts.set(item, verdict);
    return verdict;
  };

  for (const item of decoded.structs as Y.Item[]) {
    const r = rootOfNew(item, 0);
    if (r === null || r === root) return false;
  }
  for (const [client, ranges] of decoded.ds.clients) {
    for (const { clock, len } of ranges) {
      if (clock + len > Y.getState(store, client)) return false;
      const structs = store.clients.get(client)!;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < clock + len; i++) {
        const struct = structs[i]!;
        // Collected already: deleting it again changes nothing.
        if (!(struct instanceof Y.Item)) continue;
        if (!(struct.parent instanceof Y.AbstractType)) return false;
        const r = rootName(doc, struct.parent);
        if (r === null || r === root) return false;
      }
    }
  }
  return true;
}

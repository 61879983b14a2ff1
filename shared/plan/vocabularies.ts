/**
 * The plan's own vocabularies in the plan document: responsible parties
 * (vastuutahot), target groups (kohderyhmät) and projects (hankkeet). Flat
 * top-level maps keyed by id, like the measure table:
 *
 * - `parties` (Y.Map id → Y.Map): `name`, `order` (strings)
 * - `partyContacts` (Y.Map id → Y.Map): `partyId`, `name`, `email`, `userId`
 *   (optional), `order`: a party's contact persons, a parent field as goals
 *   have, so that a contact added to a party is never lost when two clients
 *   created that party at the same moment (only one of two concurrently set
 *   Y.Maps survives a merge; a contact inside the other would go with it)
 * - `targetGroups` (Y.Map id → Y.Map): `label`, `order`
 * - `projects` (Y.Map id → Y.Map): `name`, `description`, `start`, `end`,
 *   `funding`, `url`, `order`
 * - `meta.schemaVersion` (number): 2 once the document has these maps
 *   (a document of schema 1 has none and reads as having the four original
 *   target groups)
 *
 * **The same name converges to one entry.** An entry made from a name gets
 * the id `vocabularyId(name)` (a slug and a hash of the name with case and
 * extra spaces folded), so two clients or two server processes creating
 * "Nuorisopalvelut" at once write the same key and end with one entry. The
 * id is only an id afterwards: a rename keeps it, and a name is looked up
 * through a name index computed on read (`VocabularyReader`), never by
 * recomputing the id. When a name's own id is taken by an entry renamed
 * since, the next salted id is used, which every replica computes alike.
 * Two entries may still end up with one name (one renamed to the other's
 * name concurrently): lookups then take the first in display order, the
 * same on every replica, and the management API merges them.
 *
 * Names, labels and project fields are plain strings, last writer wins: a
 * rename is picked whole from a form, and two concurrent renames merged
 * character-wise would give a name neither person wrote; a type-ahead
 * matches whole names of the index.
 *
 * Measures refer to entries by id (see ./measureRefs). Writers here must run
 * inside the caller's transaction; the ones in ./vocabularyEdits open it.
 */
import * as Y from 'yjs';
import { checkText, entityEntries, getEntity, getMeta, PlanDocError, readOrder, type EntityMap } from './collections';
import { keysAfter, sortOrdered } from './order';
import { TARGET_GROUP_LABELS_FI, TARGET_GROUPS } from './status';
import { readTextValue } from './text';
import { cleanName, nameKey, vocabularyId } from './vocabularyNames';

export const PARTIES_KEY = 'parties';
export const PARTY_CONTACTS_KEY = 'partyContacts';
export const TARGET_GROUPS_KEY = 'targetGroups';
export const PROJECTS_KEY = 'projects';
export const SCHEMA_VERSION_KEY = 'schemaVersion';
/** The schema this code writes: 2 has the vocabularies. */
export const PLAN_SCHEMA_VERSION = 2;

export type VocabularyKind = 'party' | 'targetGroup' | 'project';
export const VOCABULARY_KINDS: readonly VocabularyKind[] = ['party', 'targetGroup', 'project'];

const COLLECTION_KEYS: Record<VocabularyKind, string> = { party: PARTIES_KEY, targetGroup: TARGET_GROUPS_KEY, project: PROJECTS_KEY };
/** The field that holds an entry's name: a target group has a label. */
export const NAME_FIELDS: Record<VocabularyKind, 'name' | 'label'> = { party: 'name', targetGroup: 'label', project: 'name' };
export const PROJECT_DETAIL_FIELDS = ['description', 'start', 'end', 'funding', 'url'] as const;
export type ProjectDetailField = (typeof PROJECT_DETAIL_FIELDS)[number];

/** The labels a new plan's target groups start with, in this order. */
export const DEFAULT_TARGET_GROUP_LABELS: readonly string[] = TARGET_GROUPS.map((key) => TARGET_GROUP_LABELS_FI[key]);

export const VOCABULARY_LIMITS = {
  entries: 5000,
  contactsPerParty: 100,
  refsPerMeasure: 1000,
  name: 10_000,
  contactField: 320,
  projectField: 10_000,
} as const;

export function getVocabularyMap(doc: Y.Doc, kind: VocabularyKind): Y.Map<unknown> {
  return doc.getMap<unknown>(COLLECTION_KEYS[kind]);
}

export function getPartyContactMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PARTY_CONTACTS_KEY);
}

/** The document's schema version: 1 for a document written before the vocabularies. */
export function readSchemaVersion(doc: Y.Doc): number {
  try {
    const version = getMeta(doc).get(SCHEMA_VERSION_KEY);
    return typeof version === 'number' && Number.isInteger(version) ? version : 1;
  } catch {
    return 1;
  }
}

export function readEntryName(entity: EntityMap, kind: VocabularyKind): string {
  return readTextValue(entity.get(NAME_FIELDS[kind]));
}

/** A name a writer accepts: a string, not empty once trimmed, within the bound; returned cleaned. */
export function checkName(value: unknown, what: string): string {
  const name = cleanName(checkText(value, what, VOCABULARY_LIMITS.name));
  if (name === '') throw new PlanDocError('invalid', `${what} must not be empty`);
  return name;
}

export interface VocabularyEntry {
  id: string;
  name: string;
  /** Not in the document: named by a measure's text and not yet made an entry (see `VocabularyReader.resolve`). */
  implied?: boolean;
}

function safeEntries(get: () => Y.Map<unknown>): Array<[string, EntityMap]> {
  try {
    return entityEntries(get());
  } catch {
    // A top-level name taken by another Yjs type: nothing to read.
    return [];
  }
}

interface KindIndex {
  collection: Array<[string, EntityMap]>;
  stored: VocabularyEntry[];
  implied: VocabularyEntry[];
  byId: Map<string, VocabularyEntry>;
  byKey: Map<string, string>;
}

/**
 * The vocabularies of one document as a name index, built on first use of
 * each kind. `resolve` finds a name's entry; a name without one gets the id
 * the entry made from it would get (an implied entry), so that a measure
 * whose text names a party not yet in the document (a document of schema 1,
 * or a measure an older client wrote) reads with the ids its migration will
 * give it.
 */
export class VocabularyReader {
  private readonly kinds = new Map<VocabularyKind, KindIndex>();

  constructor(protected readonly doc: Y.Doc) {}

  protected index(kind: VocabularyKind): KindIndex {
    const existing = this.kinds.get(kind);
    if (existing) return existing;
    const collection = safeEntries(() => getVocabularyMap(this.doc, kind));
    const sorted = sortOrdered(collection.map(([id, entity]) => ({ id, order: readOrder(entity), entity })));
    const index: KindIndex = { collection, stored: [], implied: [], byId: new Map(), byKey: new Map() };
    for (const { id, entity } of sorted) {
      const entry = { id, name: readEntryName(entity, kind) };
      index.stored.push(entry);
      index.byId.set(id, entry);
      const key = nameKey(entry.name);
      if (!index.byKey.has(key)) index.byKey.set(key, id);
    }
    this.kinds.set(kind, index);
    // Schema 1 had four fixed target groups: they are the document's groups until it is migrated.
    if (kind === 'targetGroup' && readSchemaVersion(this.doc) < PLAN_SCHEMA_VERSION) {
      for (const label of DEFAULT_TARGET_GROUP_LABELS) this.resolve(kind, label);
    }
    return index;
  }

  /** The id the next entry made from `name` gets: its own id, or the first salted one not taken. */
  protected freeId(index: KindIndex, name: string): string {
    for (let salt = 0; ; salt++) {
      const id = vocabularyId(name, salt);
      if (!index.byId.has(id)) return id;
    }
  }

  /** The id of the entry named `name` (ignoring case and extra spaces); an implied one when there is none. */
  resolve(kind: VocabularyKind, name: string): string {
    const index = this.index(kind);
    const clean = cleanName(name);
    const found = index.byKey.get(nameKey(clean));
    if (found !== undefined) return found;
    const entry: VocabularyEntry = { id: this.freeId(index, clean), name: clean, implied: true };
    index.implied.push(entry);
    index.byId.set(entry.id, entry);
    index.byKey.set(nameKey(clean), entry.id);
    return entry.id;
  }

  /** The entry of an id (stored or implied so far). */
  entry(kind: VocabularyKind, id: string): VocabularyEntry | undefined {
    return this.index(kind).byId.get(id);
  }

  /** The stored entry named `name`, if any. */
  findByName(kind: VocabularyKind, name: string): VocabularyEntry | undefined {
    const id = this.index(kind).byKey.get(nameKey(cleanName(name)));
    const entry = id === undefined ? undefined : this.entry(kind, id);
    return entry?.implied ? undefined : entry;
  }

  /** Every entry in display order: the stored ones, then the implied ones met so far. */
  entries(kind: VocabularyKind): VocabularyEntry[] {
    const index = this.index(kind);
    return [...index.stored, ...index.implied];
  }

  /** The stored entities of a kind, in no particular order. */
  entities(kind: VocabularyKind): Array<[string, EntityMap]> {
    return this.index(kind).collection;
  }
}

/**
 * A `VocabularyReader` that also makes entries: `ensure` returns the entry of
 * a name, creating it (at the end of the display order, with the name's
 * deterministic id) when there is none. Use inside one transaction and drop
 * afterwards: it does not follow changes made by others.
 */
export class VocabularyWriter extends VocabularyReader {
  private readonly lastOrder = new Map<VocabularyKind, string | null>();

  ensure(kind: VocabularyKind, name: string): { id: string; created: boolean } {
    const clean = checkName(name, NAME_FIELDS[kind]);
    const existing = this.findByName(kind, clean);
    if (existing) return { id: existing.id, created: false };
    const index = this.index(kind);
    const implied = index.implied.findIndex((entry) => nameKey(entry.name) === nameKey(clean));
    // An implied entry keeps the id readers have shown for it.
    const id = implied >= 0 ? index.implied[implied]!.id : this.freeId(index, clean);
    if (implied >= 0) index.implied.splice(implied, 1);
    if (index.stored.length >= VOCABULARY_LIMITS.entries) {
      throw new PlanDocError('invalid', `a plan has at most ${VOCABULARY_LIMITS.entries} entries of each vocabulary`);
    }
    const entity: EntityMap = new Y.Map<unknown>();
    getVocabularyMap(this.doc, kind).set(id, entity);
    entity.set(NAME_FIELDS[kind], clean);
    entity.set('order', this.nextOrder(kind, index));
    if (kind === 'project') for (const field of PROJECT_DETAIL_FIELDS) entity.set(field, '');
    const entry = { id, name: clean };
    index.stored.push(entry);
    index.collection.push([id, entity]);
    index.byId.set(id, entry);
    index.byKey.set(nameKey(clean), id);
    return { id, created: true };
  }

  private nextOrder(kind: VocabularyKind, index: KindIndex): string {
    let last = this.lastOrder.get(kind);
    if (last === undefined) {
      const orders = index.collection.map(([, entity]) => readOrder(entity)).sort();
      last = orders.at(-1) ?? null;
    }
    const [order] = keysAfter(last, 1);
    this.lastOrder.set(kind, order ?? null);
    return order ?? '';
  }
}

export function getVocabularyEntity(doc: Y.Doc, kind: VocabularyKind, id: string): EntityMap | undefined {
  return typeof id === 'string' ? getEntity(getVocabularyMap(doc, kind), id) : undefined;
}

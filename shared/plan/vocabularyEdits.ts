/**
 * Managing the vocabularies (see ./vocabularies): creating entries, renaming
 * them (a rename applies everywhere, since measures refer by id), a party's
 * contact persons, a project's details, deleting and merging. Each writer is
 * one transaction with the caller's origin, validates first and throws
 * `PlanDocError` with nothing written. Renames, deletes and merges first
 * make every measure that still follows its text refer to entries, so that
 * they reach those measures too.
 */
import * as Y from 'yjs';
import { checkText, entityEntries, getMeasureMap, PlanDocError, type EntityMap } from './collections';
import { isEntityId } from './ids';
import { readRefIds, writeMirrors, writeRefIds } from './measureRefs';
import { keysAfter } from './order';
import { readTextValue } from './text';
import { materializeMeasures } from './upgrade';
import {
  checkName,
  getPartyContactMap,
  getVocabularyEntity,
  getVocabularyMap,
  NAME_FIELDS,
  PROJECT_DETAIL_FIELDS,
  VOCABULARY_LIMITS,
  VocabularyReader,
  VocabularyWriter,
  type ProjectDetailField,
  type VocabularyKind,
} from './vocabularies';
import { readContacts } from './vocabularyRead';
import { nameKey, vocabularyId } from './vocabularyNames';

export interface ContactInput {
  name?: string;
  email?: string;
  userId?: string;
}

export type ProjectDetails = Partial<Record<ProjectDetailField, string>>;

/** What an entry is created or changed with; `contacts` for parties, details for projects. */
export interface EntryInput extends ProjectDetails {
  name: string;
  contacts?: readonly ContactInput[];
}

interface CheckedContact {
  id: string;
  name: string;
  email: string;
  userId?: string;
}

function requireEntry(doc: Y.Doc, kind: VocabularyKind, id: string): EntityMap {
  const entity = isEntityId(id) ? getVocabularyEntity(doc, kind, id) : undefined;
  if (!entity) throw new PlanDocError('not-found', `unknown ${kind}: ${String(id)}`);
  return entity;
}

/** A contact's id: from its party and its e-mail address (or name), so that adding one twice at once gives one. */
function contactId(partyId: string, contact: { name: string; email: string }): string {
  return vocabularyId(`${partyId} ${contact.email ? `e ${contact.email}` : `n ${contact.name}`}`);
}

function checkContacts(partyId: string, contacts: readonly ContactInput[] | undefined): CheckedContact[] {
  if (contacts === undefined) return [];
  if (!Array.isArray(contacts) || contacts.length > VOCABULARY_LIMITS.contactsPerParty) {
    throw new PlanDocError('invalid', `a party has at most ${VOCABULARY_LIMITS.contactsPerParty} contacts`);
  }
  const checked = new Map<string, CheckedContact>();
  for (const input of contacts) {
    const name = checkText(input.name ?? '', 'contact name', VOCABULARY_LIMITS.contactField).trim();
    const email = checkText(input.email ?? '', 'contact email', VOCABULARY_LIMITS.contactField).trim();
    if (name === '' && email === '') throw new PlanDocError('invalid', 'a contact needs a name or an e-mail address');
    const userId = input.userId === undefined ? undefined : checkText(input.userId, 'contact userId', 64);
    const id = contactId(partyId, { name: nameKey(name), email: email.toLowerCase() });
    checked.set(id, { id, name, email, ...(userId ? { userId } : {}) });
  }
  return [...checked.values()];
}

/** Whether `url` is an http(s) address, the only kind a project's link may be. */
export function isWebAddress(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol) && !/\s/.test(url);
  } catch {
    return false;
  }
}

function checkDetails(input: ProjectDetails): ProjectDetails {
  const details: ProjectDetails = {};
  for (const field of PROJECT_DETAIL_FIELDS) {
    const value = input[field];
    if (value !== undefined) details[field] = checkText(value, field, VOCABULARY_LIMITS.projectField).trim();
  }
  // Shown as a link wherever the project is: never a javascript: or data: address.
  if (details.url && !isWebAddress(details.url)) throw new PlanDocError('invalid', 'url must be an http or https address');
  return details;
}

/**
 * Writes a party's contacts. `replace`: the party has exactly these, in this
 * order (others are deleted); otherwise they are added to its contacts, a
 * contact it has already getting the fields it lacked.
 */
function writeContacts(doc: Y.Doc, partyId: string, contacts: CheckedContact[], replace: boolean): void {
  const map = getPartyContactMap(doc);
  const existing = readContacts(doc).get(partyId) ?? [];
  if (replace) for (const contact of existing) if (!contacts.some((c) => c.id === contact.id)) map.delete(contact.id);
  const keys = replace ? keysAfter(null, contacts.length) : keysAfter(existing.at(-1)?.order ?? null, contacts.length);
  contacts.forEach((contact, i) => {
    const current = map.get(contact.id);
    const entity = current instanceof Y.Map ? (current as EntityMap) : new Y.Map<unknown>();
    if (entity !== current) {
      map.set(contact.id, entity);
      entity.set('partyId', partyId);
      entity.set('order', keys[i] ?? '');
    } else if (replace) {
      entity.set('order', keys[i] ?? '');
    }
    for (const field of ['name', 'email', 'userId'] as const) {
      const value = contact[field] ?? '';
      if ((replace || readTextValue(entity.get(field)) === '') && value !== '' && entity.get(field) !== value) entity.set(field, value);
      else if (replace && value === '' && entity.has(field)) entity.delete(field);
    }
  });
}

function writeDetails(entity: EntityMap, details: ProjectDetails, onlyEmpty: boolean): void {
  for (const field of PROJECT_DETAIL_FIELDS) {
    const value = details[field];
    if (value === undefined || (onlyEmpty && (value === '' || readTextValue(entity.get(field)) !== ''))) continue;
    if (entity.get(field) !== value) entity.set(field, value);
  }
}

/**
 * Finds or makes the entry named `input.name` inside the caller's
 * transaction (`vocabulary` holds it): contacts are added to a party, a
 * project's details fill the fields it has empty.
 */
export function ensureEntry(doc: Y.Doc, vocabulary: VocabularyWriter, kind: VocabularyKind, input: EntryInput): { id: string; created: boolean } {
  const result = vocabulary.ensure(kind, input.name);
  if (kind === 'party' && input.contacts) writeContacts(doc, result.id, checkContacts(result.id, input.contacts), false);
  if (kind === 'project') writeDetails(requireEntry(doc, kind, result.id), checkDetails(input), true);
  return result;
}

/** Creates an entry, or finds the one of the same name (ignoring case and extra spaces): see `ensureEntry`. */
export function createEntry(doc: Y.Doc, kind: VocabularyKind, input: EntryInput, origin?: unknown): { id: string; created: boolean } {
  checkName(input.name, NAME_FIELDS[kind]);
  if (kind === 'party') checkContacts('check', input.contacts);
  if (kind === 'project') checkDetails(input);
  let result = { id: '', created: false };
  doc.transact(() => {
    result = ensureEntry(doc, new VocabularyWriter(doc), kind, input);
  }, origin);
  return result;
}

export interface EntryChange extends ProjectDetails {
  name?: string;
  /** A party's contacts, all of them, in order. */
  contacts?: readonly ContactInput[];
}

/** Rewrites the mirrored texts of the measures that refer to `id`. */
function refreshMeasuresOf(doc: Y.Doc, kind: VocabularyKind, id: string): void {
  const vocabulary = new VocabularyReader(doc);
  for (const [, measure] of entityEntries(getMeasureMap(doc))) {
    if (readRefIds(measure, kind).includes(id)) writeMirrors(measure, vocabulary);
  }
}

/**
 * Renames an entry (everywhere: measures refer to it by id), replaces a
 * party's contacts or changes a project's details. A name that another entry
 * has is a conflict: merge the two instead.
 */
export function updateEntry(doc: Y.Doc, kind: VocabularyKind, id: string, change: EntryChange, origin?: unknown): void {
  const entity = requireEntry(doc, kind, id);
  const name = change.name === undefined ? undefined : checkName(change.name, NAME_FIELDS[kind]);
  if (name !== undefined) {
    const holder = new VocabularyReader(doc).findByName(kind, name);
    if (holder && holder.id !== id) {
      throw new PlanDocError('conflict', `another ${kind} is named "${holder.name}" (${holder.id}); merge the two instead`);
    }
  }
  const contacts = kind === 'party' && change.contacts !== undefined ? checkContacts(id, change.contacts) : undefined;
  const details = kind === 'project' ? checkDetails(change) : {};
  doc.transact(() => {
    if (name !== undefined && readTextValue(entity.get(NAME_FIELDS[kind])) !== name) {
      materializeMeasures(doc);
      entity.set(NAME_FIELDS[kind], name);
      refreshMeasuresOf(doc, kind, id);
    }
    if (contacts) writeContacts(doc, id, contacts, true);
    writeDetails(entity, details, false);
  }, origin);
}

/** Deletes an entry, its references from every measure and a party's contacts; false if it did not exist. */
export function deleteEntry(doc: Y.Doc, kind: VocabularyKind, id: string, origin?: unknown): boolean {
  if (!isEntityId(id) || !getVocabularyEntity(doc, kind, id)) return false;
  doc.transact(() => {
    materializeMeasures(doc);
    const affected = entityEntries(getMeasureMap(doc)).filter(([, measure]) => readRefIds(measure, kind).includes(id));
    for (const [, measure] of affected) writeRefIds(measure, kind, readRefIds(measure, kind).filter((ref) => ref !== id));
    if (kind === 'party') for (const contact of readContacts(doc).get(id) ?? []) getPartyContactMap(doc).delete(contact.id);
    getVocabularyMap(doc, kind).delete(id);
    const vocabulary = new VocabularyReader(doc);
    for (const [, measure] of affected) writeMirrors(measure, vocabulary);
  }, origin);
  return true;
}

/**
 * Merges entry `fromId` into `intoId`: every measure that referred to `from`
 * refers to `into` in its place (a measure whose lead was `from` has `into` as
 * its lead; one that had both keeps the earlier place), a party's contacts
 * move over, a project's details fill what `into` lacks, and `from` is deleted.
 */
export function mergeEntries(doc: Y.Doc, kind: VocabularyKind, fromId: string, intoId: string, origin?: unknown): void {
  const from = requireEntry(doc, kind, fromId);
  const into = requireEntry(doc, kind, intoId);
  if (fromId === intoId) throw new PlanDocError('invalid', 'an entry cannot be merged into itself');
  doc.transact(() => {
    materializeMeasures(doc);
    const affected = entityEntries(getMeasureMap(doc)).filter(([, measure]) => readRefIds(measure, kind).includes(fromId));
    for (const [, measure] of affected) {
      writeRefIds(measure, kind, readRefIds(measure, kind).map((ref) => (ref === fromId ? intoId : ref)));
    }
    if (kind === 'party') {
      const moved = (readContacts(doc).get(fromId) ?? []).map(({ name, email, userId }) => ({ name, email, ...(userId ? { userId } : {}) }));
      for (const contact of readContacts(doc).get(fromId) ?? []) getPartyContactMap(doc).delete(contact.id);
      writeContacts(doc, intoId, checkContacts(intoId, moved), false);
    }
    if (kind === 'project') {
      const details: ProjectDetails = {};
      for (const field of PROJECT_DETAIL_FIELDS) details[field] = readTextValue(from.get(field));
      writeDetails(into, details, true);
    }
    getVocabularyMap(doc, kind).delete(fromId);
    const vocabulary = new VocabularyReader(doc);
    for (const [, measure] of affected) writeMirrors(measure, vocabulary);
  }, origin);
}

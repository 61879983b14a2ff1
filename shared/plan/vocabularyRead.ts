/**
 * The vocabularies as `/data` lists them: every entry in display order, with
 * a party's contacts and a project's details; entries a reader has only met
 * as names in measures' texts (see ./measureRefs) come last, as they would
 * once migrated. Never throws.
 */
import type * as Y from 'yjs';
import { entityEntries, readOrder, type EntityMap } from './collections';
import { sortOrdered } from './order';
import { readStringValue, readTextValue } from './text';
import type { ContactData, PartyData, ProjectData, TargetGroupData } from './types';
import { getPartyContactMap, getVocabularyEntity, PROJECT_DETAIL_FIELDS, type VocabularyReader } from './vocabularies';

export interface VocabularyLists {
  parties: PartyData[];
  targetGroups: TargetGroupData[];
  projects: ProjectData[];
}

/** A contact as stored, with its party. */
export interface StoredContact extends ContactData {
  id: string;
  partyId: string;
  order: string;
}

/** Every stored contact of every party, in display order, grouped by party id. */
export function readContacts(doc: Y.Doc): Map<string, StoredContact[]> {
  const byParty = new Map<string, StoredContact[]>();
  let entries: Array<[string, EntityMap]> = [];
  try {
    entries = entityEntries(getPartyContactMap(doc));
  } catch {
    return byParty;
  }
  const contacts = entries.map(([id, entity]): StoredContact => {
    const contact: StoredContact = {
      id,
      partyId: readStringValue(entity.get('partyId')),
      order: readOrder(entity),
      name: readTextValue(entity.get('name')),
      email: readTextValue(entity.get('email')),
    };
    const userId = entity.get('userId');
    if (typeof userId === 'string' && userId !== '') contact.userId = userId;
    return contact;
  });
  for (const contact of sortOrdered(contacts)) {
    const list = byParty.get(contact.partyId);
    if (list) list.push(contact);
    else byParty.set(contact.partyId, [contact]);
  }
  return byParty;
}

function contactData({ name, email, userId }: StoredContact): ContactData {
  return userId === undefined ? { name, email } : { name, email, userId };
}

function projectData(doc: Y.Doc, id: string, name: string): ProjectData {
  const entity = getVocabularyEntity(doc, 'project', id);
  const project: ProjectData = { id, name, description: '', start: '', end: '', funding: '', url: '' };
  for (const field of PROJECT_DETAIL_FIELDS) project[field] = entity ? readTextValue(entity.get(field)) : '';
  return project;
}

/** The three lists of `/data`, from a reader that has read the measures (so that it knows the implied entries). */
export function readVocabularyLists(doc: Y.Doc, vocabulary: VocabularyReader): VocabularyLists {
  try {
    const contacts = readContacts(doc);
    return {
      parties: vocabulary.entries('party').map(({ id, name }) => ({ id, name, contacts: (contacts.get(id) ?? []).map(contactData) })),
      targetGroups: vocabulary.entries('targetGroup').map(({ id, name }) => ({ id, label: name })),
      projects: vocabulary.entries('project').map(({ id, name }) => projectData(doc, id, name)),
    };
  } catch {
    return { parties: [], targetGroups: [], projects: [] };
  }
}

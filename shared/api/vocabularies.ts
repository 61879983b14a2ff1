/**
 * `/api/plans/:id/parties`, `/target-groups`, `/projects`: managing a plan's
 * vocabularies (editing roles), and the lists `POST /api/plans` may carry.
 * Answers are `PartyData`, `TargetGroupData` and `ProjectData` (shared/plan).
 */
import { z } from 'zod';
import {
  isEntityId,
  projectInputSchema,
  VOCABULARY_LIMITS,
  vocabularyInputSchema,
  type PartyData,
  type ProjectData,
  type ProjectDetailField,
  type TargetGroupData,
} from '../plan';

/** `POST /api/plans` may carry `parties`, `targetGroups` and `projects` beside `measures`. */
export const planVocabulariesSchema = vocabularyInputSchema;

/** An entry's id in a path or a body. */
export const entryIdSchema = z.string().refine(isEntityId, 'not an id');

const name = z.string().max(VOCABULARY_LIMITS.name).trim().min(1, 'must not be empty');
const contactField = z.string().max(VOCABULARY_LIMITS.contactField).trim();

export const contactSchema = z
  .object({
    name: contactField.default(''),
    email: z.union([z.literal(''), z.email('not an e-mail address').max(VOCABULARY_LIMITS.contactField)]).default(''),
    userId: z.string().min(1).max(64).optional(),
  })
  .refine((c) => c.name !== '' || c.email !== '', 'a contact needs a name or an e-mail address');
const contacts = z.array(contactSchema).max(VOCABULARY_LIMITS.contactsPerParty);

/** `POST /api/plans/:id/parties`: a party of that name is made, or found (same name ignoring case and spaces). */
export const newPartySchema = z.object({ name, contacts: contacts.optional() });
/** `PATCH /api/plans/:id/parties/:partyId`: a new name (everywhere), and/or all its contacts in order. */
export const partyChangeSchema = z
  .object({ name: name.optional(), contacts: contacts.optional() })
  .refine((v) => v.name !== undefined || v.contacts !== undefined, 'give name or contacts');

/** `POST /api/plans/:id/target-groups` and `PATCH …/:groupId`. */
export const targetGroupSchema = z.object({ label: name });

const detail = z.string().max(VOCABULARY_LIMITS.projectField).trim();
const details = {
  description: detail.optional(),
  start: detail.optional(),
  end: detail.optional(),
  funding: detail.optional(),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'url must be an http or https address' }).max(2000)]).optional(),
};
/** `POST /api/plans/:id/projects`. */
export const newProjectSchema = z.object({ name, ...details });
/** `PATCH /api/plans/:id/projects/:projectId`: any of its fields. */
export const projectChangeSchema = z
  .object({ name: name.optional(), ...details })
  .refine((v) => Object.values(v).some((value) => value !== undefined), 'give a field to change');

/** `POST /api/plans/:id/{parties,target-groups,projects}/:entryId/merge`: measures re-pointed to `into`, the entry removed. */
export const mergeSchema = z.object({ into: entryIdSchema });

export type VocabularyEntryAnswer = PartyData | TargetGroupData | ProjectData;

/**
 * `POST /api/plans/:id/projects/import` and `…/import/preview`: projects in
 * the shape of the samples' `pori-hankkeet.json` (its `source` and
 * `municipality` are ignored). A project of a name the plan has (ignoring
 * case and extra spaces) is matched and gets only the details it lacks.
 */
export const projectImportSchema = z.object({
  projects: z
    .array(projectInputSchema)
    .min(1, 'lists no projects')
    .max(VOCABULARY_LIMITS.entries, `at most ${VOCABULARY_LIMITS.entries} projects`),
});
export type ProjectImportInput = z.output<typeof projectImportSchema>;

/** What an import adds and matches (the preview: would add and match), in the file's order. */
export interface ProjectImportOutcome {
  added: Array<{ id: string; name: string }>;
  /** `name` is the plan's, `fileName` the file's; `filled` the details that were empty and the file gives. */
  matched: Array<{ id: string; name: string; fileName: string; filled: ProjectDetailField[] }>;
}

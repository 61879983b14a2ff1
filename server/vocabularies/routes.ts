import { Router, type Response } from 'express';
import type { z } from 'zod';
import {
  entryIdSchema,
  mergeSchema,
  newPartySchema,
  newProjectSchema,
  partyChangeSchema,
  projectChangeSchema,
  projectImportSchema,
  targetGroupSchema,
} from '../../shared/api/vocabularies';
import type { VocabularyKind } from '../../shared/plan';
import type { PersonRef } from '../../shared/people';
import { authOf } from '../auth/middleware';
import { notFound, parseInput } from '../http/errors';
import { requireRight, type VisiblePlan } from '../plans/visiblePlan';
import type { VocabularyService } from './vocabularyService';

const EDIT_RIGHTS = 'This role may not edit the plan';

interface Vocabulary {
  kind: VocabularyKind;
  path: string;
  /** The body of a new entry and of a change, as the writers in shared/plan take them. */
  create: z.ZodType<{ name: string }>;
  change: z.ZodType<object>;
}

const asNamed = <T extends { label: string }>(schema: z.ZodType<T>) => schema.transform(({ label, ...rest }) => ({ ...rest, name: label }));

const VOCABULARIES: Vocabulary[] = [
  { kind: 'party', path: 'parties', create: newPartySchema, change: partyChangeSchema },
  { kind: 'targetGroup', path: 'target-groups', create: asNamed(targetGroupSchema), change: asNamed(targetGroupSchema) },
  { kind: 'project', path: 'projects', create: newProjectSchema, change: projectChangeSchema },
];

/**
 * Mounted behind `requireSession`: a plan's parties, target groups and
 * projects. Anyone who sees the plan reads them; the roles that edit the
 * plan change them.
 */
export function vocabularyRoutes(visiblePlan: VisiblePlan, vocabularies: VocabularyService): Router {
  const router = Router();
  const actorOf = (res: Response): PersonRef => {
    const { user } = authOf(res);
    return { id: user.id, name: user.name };
  };
  const editablePlan = async (id: string, res: Response) => {
    const { plan, can } = await visiblePlan(id, res);
    requireRight(can.edit, EDIT_RIGHTS);
    return plan;
  };
  const entryId = (value: string | undefined) => {
    const parsed = entryIdSchema.safeParse(value);
    if (!parsed.success) throw notFound('No such entry');
    return parsed.data;
  };

  // A list of projects into the plan (Pori's pori-hankkeet.json): what it would add and match, then the import.
  router.post('/plans/:id/projects/import/preview', async (req, res) => {
    const plan = await editablePlan(req.params.id, res);
    res.json(await vocabularies.previewProjects(plan.id, parseInput(projectImportSchema, req.body)));
  });

  router.post('/plans/:id/projects/import', async (req, res) => {
    const plan = await editablePlan(req.params.id, res);
    res.json(await vocabularies.importProjects(plan.id, parseInput(projectImportSchema, req.body), actorOf(res)));
  });

  for (const { kind, path, create, change } of VOCABULARIES) {
    router.get(`/plans/:id/${path}`, async (req, res) => {
      const { plan } = await visiblePlan(req.params.id, res);
      res.json(await vocabularies.list(plan.id, kind));
    });

    // The same name (ignoring case and extra spaces) is the same entry: 200 with it when it exists already.
    router.post(`/plans/:id/${path}`, async (req, res) => {
      const plan = await editablePlan(req.params.id, res);
      const input = parseInput(create, req.body);
      const { entry, created } = await vocabularies.create(plan.id, kind, input, actorOf(res));
      res.status(created ? 201 : 200).json(entry);
    });

    router.patch(`/plans/:id/${path}/:entryId`, async (req, res) => {
      const plan = await editablePlan(req.params.id, res);
      const id = entryId(req.params.entryId);
      const input = parseInput(change, req.body);
      res.json(await vocabularies.update(plan.id, kind, id, input, actorOf(res)));
    });

    router.delete(`/plans/:id/${path}/:entryId`, async (req, res) => {
      const plan = await editablePlan(req.params.id, res);
      await vocabularies.remove(plan.id, kind, entryId(req.params.entryId), actorOf(res));
      res.status(204).end();
    });

    router.post(`/plans/:id/${path}/:entryId/merge`, async (req, res) => {
      const plan = await editablePlan(req.params.id, res);
      const id = entryId(req.params.entryId);
      const { into } = parseInput(mergeSchema, req.body);
      res.json(await vocabularies.merge(plan.id, kind, id, into, actorOf(res)));
    });
  }

  return router;
}

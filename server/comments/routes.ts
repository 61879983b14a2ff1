import { Router } from 'express';
import {
  commentIdSchema,
  commentListQuerySchema,
  markReadSchema,
  messageEditSchema,
  newCommentSchema,
  resolutionSchema,
} from '../../shared/api/comments';
import type { PersonRef } from '../../shared/people';
import { authOf } from '../auth/middleware';
import { parseInput } from '../http/errors';
import { requireRight, type VisiblePlan } from '../plans/visiblePlan';
import type { CommentService } from './commentService';

const COMMENT_RIGHTS = 'This role may not comment';

/** Mounted behind `requireSession`. */
export function commentRoutes(visiblePlan: VisiblePlan, comments: CommentService): Router {
  const router = Router();
  const actorOf = (res: Parameters<VisiblePlan>[1]): PersonRef => {
    const { user } = authOf(res);
    return { id: user.id, name: user.name };
  };

  router.get('/plans/:id/comments', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const query = parseInput(commentListQuerySchema, req.query, 'query');
    const threads = await comments.list(plan, authOf(res).user.id);
    res.json(
      threads.filter(
        (t) =>
          (query.resolved === undefined || String(t.resolved) === query.resolved) &&
          (query.measureId === undefined || t.measureId === query.measureId),
      ),
    );
  });

  router.post('/plans/:id/comments', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.comment, COMMENT_RIGHTS);
    const input = parseInput(newCommentSchema, req.body);
    res.status(201).json(await comments.add(plan, actorOf(res), input));
  });

  router.patch('/plans/:id/comments/:threadId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.comment, COMMENT_RIGHTS);
    const { resolved } = parseInput(resolutionSchema, req.body);
    res.json(await comments.setResolved(plan, actorOf(res), req.params.threadId, resolved));
  });

  router.patch('/plans/:id/comments/:threadId/messages/:messageId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.comment, COMMENT_RIGHTS);
    const change = parseInput(messageEditSchema, req.body);
    await comments.editMessage(plan, actorOf(res), req.params.threadId, req.params.messageId, change);
    res.status(204).end();
  });

  router.delete('/plans/:id/comments/:threadId/messages/:messageId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.comment, COMMENT_RIGHTS);
    await comments.editMessage(plan, actorOf(res), req.params.threadId, req.params.messageId, 'delete');
    res.status(204).end();
  });

  router.post('/plans/:id/comments/:threadId/read', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const threadId = parseInput(commentIdSchema, req.params.threadId, 'thread id');
    parseInput(markReadSchema, req.body);
    await comments.markRead(plan, authOf(res).user.id, threadId);
    res.status(204).end();
  });

  return router;
}

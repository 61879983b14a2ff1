import { Router } from 'express';
import { z } from 'zod';
import { authOf } from '../auth/middleware';
import { parseInput } from '../http/errors';
import { requireRight, type VisiblePlan } from '../plans/visiblePlan';
import type { CommentService, NewComment } from './commentService';

const text = z.string().trim().min(1, 'text must not be empty').max(5000);
const id = z.string().min(1).max(100);
const mentions = z.array(id).max(50).default([]);
const anchor = z.object({ start: z.string().min(1).max(500), end: z.string().min(1).max(500) });

// Fields such as a claimed `author` are dropped: the server sets author and time itself.
const newCommentSchema = z.union(
  [
    z.object({ measureId: id, text, mentions }),
    z.object({ anchor, quote: z.string().max(2000).default(''), text, mentions }),
    z.object({ threadId: id, text, mentions }),
  ],
  { error: 'give measureId, anchor or threadId, and text' },
);
const listQuerySchema = z.object({
  resolved: z.enum(['true', 'false']).optional(),
  measureId: id.optional(),
});

const COMMENT_RIGHTS = 'This role may not comment';

/** Mounted behind `requireSession`. */
export function commentRoutes(visiblePlan: VisiblePlan, comments: CommentService): Router {
  const router = Router();
  const actorOf = (res: Parameters<VisiblePlan>[1]) => {
    const { user } = authOf(res);
    return { id: user.id, name: user.name };
  };

  router.get('/plans/:id/comments', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const query = parseInput(listQuerySchema, req.query, 'query');
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
    const input = parseInput(newCommentSchema, req.body) as NewComment;
    res.status(201).json(await comments.add(plan, actorOf(res), input));
  });

  router.patch('/plans/:id/comments/:threadId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.comment, COMMENT_RIGHTS);
    const { resolved } = parseInput(z.object({ resolved: z.boolean() }), req.body);
    res.json(await comments.setResolved(plan, actorOf(res), req.params.threadId, resolved));
  });

  router.patch('/plans/:id/comments/:threadId/messages/:messageId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.comment, COMMENT_RIGHTS);
    const change = parseInput(z.object({ text }), req.body);
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
    const threadId = parseInput(id, req.params.threadId, 'thread id');
    // The server sets the time itself: a body may be empty, and carries nothing else.
    parseInput(z.object({}).strict().optional(), req.body);
    await comments.markRead(plan, authOf(res).user.id, threadId);
    res.status(204).end();
  });

  return router;
}

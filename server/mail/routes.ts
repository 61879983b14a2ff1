import { Router } from 'express';
import { z } from 'zod';
import type { OutboxList } from '../../shared/api/mail';
import { requireAdmin } from '../auth/middleware';
import { HttpError, notFound, parseInput } from '../http/errors';
import type { Mailer } from './mailer';

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Mounted behind `requireSession`: the administrator's view of every e-mail, sent, kept or still being tried. */
export function outboxRoutes(mailer: Mailer): Router {
  const router = Router();
  router.use('/admin/outbox', requireAdmin);

  router.get('/admin/outbox', async (req, res) => {
    const { limit, offset } = parseInput(pageSchema, req.query, 'query');
    res.json({ transport: mailer.transportKind, messages: await mailer.list(limit, offset) } satisfies OutboxList);
  });

  router.get('/admin/outbox/:id', async (req, res) => {
    const message = await mailer.get(req.params.id);
    if (!message) throw notFound('No such mail');
    res.json(message);
  });

  router.get('/admin/outbox/:id/raw', async (req, res) => {
    const raw = await mailer.raw(req.params.id);
    if (!raw) throw notFound('No such mail');
    res.type('message/rfc822').attachment(`${req.params.id}.eml`).send(raw);
  });

  // The mail's HTML as the recipient's program shows it: nothing in it may run or load.
  router.get('/admin/outbox/:id/html', async (req, res) => {
    const message = await mailer.get(req.params.id);
    if (!message) throw notFound('No such mail');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.type('html').send(message.html);
  });

  router.post('/admin/outbox/:id/retry', async (req, res) => {
    if (!(await mailer.get(req.params.id))) throw notFound('No such mail');
    if (!(await mailer.retry(req.params.id))) throw new HttpError(409, 'Only a failed or cancelled mail can be retried');
    res.json(await mailer.get(req.params.id));
  });

  return router;
}

import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/errors';
import { requireAdmin } from '../auth/middleware';
import type { UserRepository } from '../storage/appStore';
import { createUser } from './userService';

const newUserSchema = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(8, 'password must have at least 8 characters').max(1024),
});

/** Mounted behind `requireSession`. */
export function userRoutes(users: UserRepository): Router {
  const router = Router();
  router.post('/users', requireAdmin, async (req, res) => {
    const input = parseInput(newUserSchema, req.body);
    const user = await createUser(users, input);
    res.status(201).json({ id: user.id, email: user.email, name: user.name });
  });
  return router;
}

import { randomUUID } from 'node:crypto';
import type { AdminUser, NewUser } from '../../shared/api/users';
import { hashPassword } from '../auth/passwords';
import type { User, UserRepository } from '../storage/appStore';
import { HttpError } from '../http/errors';

/** Caret colours dark enough for white label text (contrast ≥ 4.5:1). */
const USER_COLORS = ['#1f5fbf', '#a3341f', '#1d7a3a', '#7b3fa8', '#9a5b00', '#00707a', '#b0265f', '#4a5a18'];

export async function createUser(users: UserRepository, input: NewUser): Promise<User> {
  if (await users.findByEmail(input.email)) throw new HttpError(409, 'A user with this email already exists');
  const user: User = {
    id: randomUUID(),
    email: input.email.toLowerCase(),
    name: input.name,
    passwordHash: input.password ? await hashPassword(input.password) : '',
    isAdmin: input.isAdmin ?? false,
    color: USER_COLORS[(await users.count()) % USER_COLORS.length] ?? '#1f5fbf',
    createdAt: new Date().toISOString(),
  };
  await users.create(user);
  return user;
}

/** What administrators see of a user: never the hash. */
export function userForAdmin(user: User): AdminUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    color: user.color,
    createdAt: user.createdAt,
    hasPassword: user.passwordHash !== '',
  };
}

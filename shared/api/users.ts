/** `/api/users` (the administrator's) and `/api/invites/:token` (public: the set-password page). */
import { z } from 'zod';

const email = z.email().max(320);
const name = z.string().trim().min(1).max(200);
export const passwordSchema = z.string().min(8, 'password must have at least 8 characters').max(1024);

export const newUserSchema = z.object({ email, name, password: passwordSchema.optional(), isAdmin: z.boolean().optional() });
/** Without a password the server answers with an invite link instead. */
export type NewUser = z.infer<typeof newUserSchema>;

export const userChangeSchema = z
  .object({ email: email.optional(), name: name.optional(), isAdmin: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UserChange = z.infer<typeof userChangeSchema>;

/** The token of an invite link, as the path carries it. */
export const inviteTokenSchema = z.string().min(10).max(100);
export const acceptInviteSchema = z.object({ password: passwordSchema });

/** What everyone who may list users sees: chairs and secretaries get only this, to add members. */
export interface DirectoryUser {
  id: string;
  email: string;
  name: string;
}

/** What administrators see of a user. */
export interface AdminUser extends DirectoryUser {
  isAdmin: boolean;
  color: string;
  createdAt: string;
  /** False until an invited user has set a password. */
  hasPassword: boolean;
}

/** A one-time set-password link: the path is relative to the app's origin. */
export interface Invite {
  invitePath: string;
  inviteExpiresAt: string;
}

/** `POST /api/users`: with an invite link when no password was given. */
export type CreatedUser = DirectoryUser & Partial<Invite>;

/** `GET /api/invites/:token`: who the link invites (no id: the link's holder needs none). */
export interface Invitee {
  email: string;
  name: string;
}

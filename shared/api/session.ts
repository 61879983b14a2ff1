/** `POST`, `GET` and `DELETE /api/session`: signing in and out. */
import { z } from 'zod';

export const loginSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/** The signed-in user as the API and the socket's connection show them: never the password hash. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** Caret and presence colour. */
  color: string;
  isAdmin: boolean;
}

/** `POST /api/session`; the token also comes as an httpOnly cookie, which browsers use instead. */
export interface LoginResponse {
  token: string;
  user: SessionUser;
}

/** `GET /api/session`. */
export interface SessionResponse {
  user: SessionUser;
}

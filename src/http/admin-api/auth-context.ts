import type { FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.js';
import type { Actor, StaffSession } from '../../modules/newsroom/index.js';

/** How a request to the Admin API was authenticated. */
export type AdminAuth =
  | { via: 'key'; actor: Actor }
  | { via: 'session'; actor: Actor; session: StaffSession; token: string };

const auths = new WeakMap<FastifyRequest, AdminAuth>();

export const setAuth = (request: FastifyRequest, auth: AdminAuth): void => void auths.set(request, auth);

/** The authentication of a request, for routes that also work without it (sign-in). */
export const maybeAuth = (request: FastifyRequest): AdminAuth | undefined => auths.get(request);

/** Who is calling; every non-public Admin API route has one (the auth hook made sure). */
export function actorOf(request: FastifyRequest): Actor {
  const auth = auths.get(request);
  if (!auth) throw new AppError('UNAUTHENTICATED', 401, 'Sign in, or send an Admin API key as "Authorization: Bearer <key>".');
  return auth.actor;
}

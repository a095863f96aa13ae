import type { FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.js';
import { authenticateApiKey, csrfTokenFor, resolveStaffSession, safeEqual, staffActor } from '../../modules/newsroom/index.js';
import type { AdminApiDeps } from './admin-api-types.js';
import { setAuth } from './auth-context.js';
import { staffCookieValue } from './staff-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The Admin API's authentication, run before anything else on each request:
 * - `Authorization: Bearer <key>`: an Admin API key (integrations, scripts). No CSRF check: a
 *   browser never attaches this header on its own.
 * - the staff session cookie (the newsroom app). A state-changing request must also carry
 *   `X-CSRF-Token`, which only a page that got it from our API (same origin) can know.
 * Public routes (sign-in, the OpenAPI document) still learn who is calling when they can.
 */
export function adminAuthHook(deps: AdminApiDeps) {
  return async (request: FastifyRequest): Promise<void> => {
    const isPublic = request.routeOptions.config?.adminAuth === 'public';
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const actor = match ? await authenticateApiKey(deps, match[1]!) : undefined;
      if (!actor) throw new AppError('INVALID_API_KEY', 401, 'This API key is not valid: it may be mistyped or revoked. Send it as "Authorization: Bearer dl_...".');
      setAuth(request, { via: 'key', actor });
      return;
    }
    const token = staffCookieValue(request, deps.config);
    const session = token ? await resolveStaffSession(deps, token) : undefined;
    if (token && session) {
      if (!SAFE_METHODS.has(request.method) && !isPublic) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(token))) {
          throw new AppError('CSRF_TOKEN_INVALID', 403, 'This request is missing its X-CSRF-Token header (or it is stale). Reload the newsroom and try again.');
        }
      }
      setAuth(request, { via: 'session', actor: staffActor(session.staff), session, token });
      return;
    }
    if (isPublic) return;
    throw new AppError(token ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', 401, token ? 'Your session has ended. Sign in again.' : 'Sign in, or send an Admin API key as "Authorization: Bearer <key>".');
  };
}

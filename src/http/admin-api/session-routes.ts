import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../kernel/errors.js';
import {
  can,
  checkPassword,
  createStaffSession,
  csrfTokenFor,
  endAllStaffSessions,
  endStaffSession,
  OPERATIONS,
  recordAudit,
  sendSignInLink,
  setStaffPassword,
  staffActor,
  verifyStaffPassword,
  type Operation,
  type StaffRole,
} from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { AttemptLimiter } from './attempt-limiter.js';
import { actorOf, maybeAuth, type AdminAuth } from './auth-context.js';
import { clearStaffCookie, setStaffCookie } from './staff-cookie.js';

const TAGS = ['session'];
const WINDOW_MS = 15 * 60_000;

const SignInBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false });
const LinkBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }) }, { additionalProperties: false });
const PasswordBody = Type.Object({ currentPassword: Type.Optional(Type.String({ maxLength: 1024 })), newPassword: Type.String({ maxLength: 1024 }) }, { additionalProperties: false });

/** What each operation allows this role: true (any article), 'own' (their own articles) or false. */
export function permissionsOf(role: StaffRole): Record<Operation, boolean | 'own'> {
  return Object.fromEntries(OPERATIONS.map((op) => [op, can(role, op, { isOwn: false }) ? true : can(role, op, { isOwn: true }) ? 'own' : false])) as Record<Operation, boolean | 'own'>;
}

const emailKey = (email: string): string => email.trim().toLowerCase();

function sessionOf(request: FastifyRequest): Extract<AdminAuth, { via: 'session' }> {
  const auth = maybeAuth(request);
  if (auth?.via !== 'session') throw new AppError('SESSION_REQUIRED', 400, 'This works with a signed-in staff session, not with an API key.');
  return auth;
}

/**
 * Staff sign-in for the newsroom app: password or emailed link, sign-out (here or everywhere),
 * who am I, and changing one's password. Attempts are limited per email and per address, so
 * guessing is slow whichever one an attacker varies.
 */
export const sessionRoutes: AdminResource = async (app, deps) => {
  const limits = deps.signInLimits ?? { perEmail: 10, perIp: 50 };
  const byIp = new AttemptLimiter(deps.clock, limits.perIp, WINDOW_MS);
  const byEmail = new AttemptLimiter(deps.clock, limits.perEmail, WINDOW_MS);
  const linksByEmail = new AttemptLimiter(deps.clock, 5, WINDOW_MS);
  const passwordsByStaff = new AttemptLimiter(deps.clock, limits.perEmail, WINDOW_MS);

  app.post('/session', {
    schema: { summary: 'Sign in with email and password', tags: TAGS, body: SignInBody },
    config: { adminAuth: 'public', apiResponses: { 200: { description: '{"staff", "csrfToken"} and the session cookie' } } },
  }, async (request, reply) => {
    byIp.hit(request.ip, 'sign-in attempts from this address');
    byEmail.hit(emailKey(request.body.email), 'sign-in attempts for this account');
    const staff = await verifyStaffPassword(deps, request.body.email, request.body.password);
    const session = await createStaffSession(deps, staff.id, request.headers['user-agent'] ?? '');
    setStaffCookie(reply, deps.config, session.token);
    await recordAudit(deps, staffActor(staff), 'staff.sign-in', null, { method: 'password' });
    return { staff, csrfToken: csrfTokenFor(session.token) };
  });

  app.post('/session/link', {
    schema: { summary: 'Email a one-time sign-in link (the answer is the same whether or not the address has an account)', tags: TAGS, body: LinkBody },
    config: { adminAuth: 'public', apiResponses: { 202: { description: 'Accepted' } } },
  }, async (request, reply) => {
    byIp.hit(request.ip, 'sign-in attempts from this address');
    linksByEmail.hit(emailKey(request.body.email), 'sign-in link requests for this address');
    await sendSignInLink({ ...deps, publicUrl: deps.config.publicUrl, siteName: deps.config.siteName }, request.body.email);
    return reply.code(202).send({ status: 'sent', detail: 'If this address belongs to a staff account, a sign-in link is on its way. It works once, for 15 minutes.' });
  });

  app.delete('/session', { schema: { summary: 'Sign out', tags: TAGS }, config: { apiResponses: { 204: { description: 'Signed out' } } } }, async (request, reply) => {
    const auth = sessionOf(request);
    await endStaffSession(deps.db, auth.session.id);
    clearStaffCookie(reply, deps.config);
    return reply.code(204).send();
  });

  app.post('/session/sign-out-everywhere', {
    schema: { summary: 'End every session of your account, on every device', tags: TAGS },
    config: { apiResponses: { 200: { description: '{"ended": n}' } } },
  }, async (request, reply) => {
    const auth = sessionOf(request);
    const ended = await endAllStaffSessions(deps.db, auth.session.staff.id);
    await recordAudit(deps, auth.actor, 'staff.sign-out-everywhere', null, { ended });
    clearStaffCookie(reply, deps.config);
    return { ended };
  });

  app.get('/me', {
    schema: { summary: 'Who is calling, what they may do, and (for a session) the CSRF token', tags: TAGS },
    config: { apiResponses: { 200: { description: '{"staff", "csrfToken", "permissions"} or {"key", "permissions"}' } } },
  }, async (request) => {
    const actor = actorOf(request);
    const auth = maybeAuth(request)!;
    if (auth.via === 'session') return { staff: auth.session.staff, csrfToken: csrfTokenFor(auth.token), permissions: permissionsOf(actor.role) };
    return { key: { id: actor.kind === 'key' ? actor.id : null, name: actor.name, role: actor.role }, permissions: permissionsOf(actor.role) };
  });

  app.post('/me/password', {
    schema: { summary: 'Set or change your password (your other sessions end)', tags: TAGS, body: PasswordBody },
    config: { apiResponses: { 204: { description: 'Changed' } } },
  }, async (request, reply) => {
    const auth = sessionOf(request);
    passwordsByStaff.hit(auth.session.staff.id, 'password attempts');
    checkPassword(request.body.newPassword);
    if (auth.session.staff.hasPassword) {
      if (!request.body.currentPassword) throw new AppError('VALIDATION_FAILED', 400, 'Enter your current password too.', { currentPassword: 'is required to change a password' });
      await verifyStaffPassword(deps, auth.session.staff.email, request.body.currentPassword).catch(() => {
        throw new AppError('INVALID_CREDENTIALS', 401, 'Your current password is not right.', { currentPassword: 'does not match' });
      });
    }
    await setStaffPassword(deps, auth.session.staff.id, request.body.newPassword, auth.session.id);
    await recordAudit(deps, auth.actor, 'staff.password', null, {});
    return reply.code(204).send();
  });
};

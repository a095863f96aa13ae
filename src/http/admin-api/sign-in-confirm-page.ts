import type { FastifyInstance, FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import { escapeHtml } from '../../modules/content/index.js';
import { consumeSignInLink, createStaffSession, recordAudit, staffActor } from '../../modules/newsroom/index.js';
import { stylesheet } from '../../web/assets.js';
import type { AdminApiDeps } from './admin-api-types.js';
import { setStaffCookie } from './staff-cookie.js';

export const CONFIRM_PATH = '/newsroom/sign-in/confirm';
const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

function page(siteName: string, title: string, body: string): string {
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} | ${escapeHtml(siteName)}</title><link rel="stylesheet" href="${stylesheet.url}"></head><body><main class="container sign-in-confirm"><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

const send = (reply: FastifyReply, status: number, html: string) =>
  reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').send(html);

/**
 * The page an emailed sign-in link opens. Opening it changes nothing: mail scanners that follow
 * links would otherwise burn the single-use token. The person presses the button, which POSTs the
 * token; then the session starts and the newsroom opens.
 */
export async function signInConfirmPage(app: FastifyInstance, deps: AdminApiDeps): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 4096 });
  const siteName = deps.config.siteName;
  const expired = () =>
    page(siteName, 'This sign-in link has expired', '<p>Sign-in links work once, for 15 minutes. <a href="/newsroom">Ask for a new one</a>.</p>');

  app.get(CONFIRM_PATH, async (request, reply) => {
    const token = (request.query as { token?: unknown }).token;
    if (typeof token !== 'string' || !TOKEN.test(token)) return send(reply, 400, expired());
    const form = `<p>Press the button to sign in to the ${escapeHtml(siteName)} newsroom on this device.</p><form method="post" action="${CONFIRM_PATH}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit" class="button button-primary">Sign in to the newsroom</button></form>`;
    return send(reply, 200, page(siteName, 'Sign in', form));
  });

  app.post(CONFIRM_PATH, async (request, reply) => {
    // A form on another site must not sign this browser in to someone else's account.
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== new URL(deps.config.publicUrl).origin) return send(reply, 403, page(siteName, 'Sign-in refused', '<p>This sign-in came from another site. Open the link from your email again.</p>'));
    const token = (request.body as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || !TOKEN.test(token)) return send(reply, 400, expired());
    let staff;
    try {
      staff = await consumeSignInLink(deps, token);
    } catch {
      return send(reply, 400, expired());
    }
    const session = await createStaffSession(deps, staff.id, request.headers['user-agent'] ?? '');
    setStaffCookie(reply, deps.config, session.token);
    await recordAudit(deps, staffActor(staff), 'staff.sign-in', null, { method: 'link' });
    return reply.code(303).header('cache-control', 'no-store').redirect('/newsroom', 303);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../kernel/errors.js';
import { SIGN_IN_LIMITS, confirmSignInCode, confirmSignInLink, inspectSignInLink, normalizeEmail, pendingSignIn, requestSignIn, type LinkStatus, type SignInOutcome } from '../../modules/members/index.js';
import { cookieOptions } from './account-cookies.js';
import type { AccountKit } from './account-kit.js';
import { accountPaths, withNext } from './account-paths.js';
import { FORM_BODY, FORM_RATE_LIMIT, type FormBody } from './form-body.js';
import { safeNextPath } from './safe-next-path.js';
import { CheckEmailPage, ConfirmPage, LinkProblemPage, SignInPage } from './sign-in-pages.js';

type Problem = Exclude<LinkStatus['status'], 'ready'>;
const PROBLEMS: Record<string, Problem> = { LINK_USED: 'used', LINK_EXPIRED: 'expired', OTHER_BROWSER: 'other-browser', LINK_INVALID: 'invalid' };
const PROBLEM_STATUS: Record<Problem, number> = { used: 410, expired: 410, 'other-browser': 403, invalid: 404 };

/** Digits as typed on any keyboard (Arabic-Indic and Persian digits included), spaces and dashes dropped. */
export function normalizeCode(raw: string): string {
  return raw
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s-]/g, '');
}

/**
 * Sign-up and sign-in for one edition: ask for an email (link + code), enter the code, or open
 * the link and press the button. Every POST carries the CSRF token and is rate-limited per IP.
 */
export function signInRoutes(app: FastifyInstance, kit: AccountKit, prefix: string, language: 'en' | 'ar'): void {
  const { deps, members } = kit;
  const fallbackNext = accountPaths.account(prefix);
  const post = { config: { rateLimit: FORM_RATE_LIMIT }, preHandler: kit.checkCsrf, schema: { body: FORM_BODY } };

  const problem = async (reply: FastifyReply, status: Problem) => kit.page(reply, PROBLEM_STATUS[status], <LinkProblemPage ctx={await deps.context(language)} status={status} />);

  const finish = async (reply: FastifyReply, outcome: SignInOutcome) => {
    if (outcome.sessionToken) {
      await deps.hooks?.signedIn?.(outcome.memberId);
      reply.setCookie(deps.identity.cookies.session, outcome.sessionToken, cookieOptions(deps.identity.cookies, { maxAgeSeconds: SIGN_IN_LIMITS.sessionLifetimeMs / 1000 }));
      reply.clearCookie(deps.identity.cookies.signIn, cookieOptions(deps.identity.cookies));
    }
    return reply.redirect(safeNextPath(outcome.nextPath, fallbackNext), 303);
  };

  const showForm = (mode: 'sign-in' | 'register') => async (request: FastifyRequest, reply: FastifyReply) => {
    const next = safeNextPath((request.query as { next?: unknown }).next, fallbackNext);
    const path = mode === 'register' ? accountPaths.register('/ar') : accountPaths.signIn('/ar');
    // The paywall links here without an edition; a reader coming from the Arabic edition gets the Arabic page.
    if (prefix === '' && (next === '/ar' || next.startsWith('/ar/'))) return reply.redirect(withNext(path, next), 302);
    if (await kit.signedIn(request)) return reply.redirect(next, 303);
    return kit.page(reply, 200, <SignInPage ctx={await deps.context(language)} mode={mode} csrf={kit.csrf(request, reply)} next={next} registeredAllowance={deps.config.meterRegistered} />);
  };

  const ask = (mode: 'sign-in' | 'register') => async (request: FastifyRequest, reply: FastifyReply) => {
    const body = request.body as FormBody;
    const next = safeNextPath(body.next, fallbackNext);
    const email = normalizeEmail(body.email ?? '');
    if (!email) {
      const ctx = await deps.context(language);
      return kit.page(reply, 400, <SignInPage ctx={ctx} mode={mode} csrf={kit.csrf(request, reply)} next={next} email={body.email} name={body.name} error={ctx.t('emailInvalid')} registeredAllowance={deps.config.meterRegistered} />);
    }
    const { requestId } = await requestSignIn(members, {
      email,
      name: mode === 'register' ? (body.name ?? '').trim() : undefined,
      language,
      nextPath: next,
      requester: kit.requester(request, reply),
      confirmUrl: (token) => `${deps.config.publicUrl}${accountPaths.confirm(prefix)}?token=${token}`,
    });
    return reply.redirect(`${accountPaths.checkEmail(prefix)}?request=${requestId}`, 303);
  };

  app.get(accountPaths.signIn(prefix), showForm('sign-in'));
  app.get(accountPaths.register(prefix), showForm('register'));
  app.post(accountPaths.signIn(prefix), post, ask('sign-in'));
  app.post(accountPaths.register(prefix), post, ask('register'));

  const checkEmail = async (request: FastifyRequest, reply: FastifyReply, requestId: string, error?: string) => {
    const pending = await pendingSignIn(members, requestId, kit.nonce(request));
    if (pending.status !== 'ready') return problem(reply, pending.status);
    return kit.page(reply, error ? 400 : 200, <CheckEmailPage ctx={await deps.context(language)} csrf={kit.csrf(request, reply)} requestId={requestId} email={pending.email} purpose={pending.purpose} error={error} />);
  };

  app.get(accountPaths.checkEmail(prefix), async (request, reply) => {
    const requestId = (request.query as { request?: unknown }).request;
    return checkEmail(request, reply, typeof requestId === 'string' ? requestId : '');
  });

  app.post(accountPaths.code(prefix), post, async (request, reply) => {
    const body = request.body as FormBody;
    const requestId = body.request ?? '';
    const code = normalizeCode(body.code ?? '');
    const ctx = await deps.context(language);
    if (!/^\d{6}$/.test(code)) return checkEmail(request, reply, requestId, ctx.t('codeFormat'));
    try {
      return finish(reply, await confirmSignInCode(members, requestId, code, kit.nonce(request)));
    } catch (error) {
      if (isAppError(error) && error.code === 'CODE_WRONG') return checkEmail(request, reply, requestId, error.message);
      if (isAppError(error) && PROBLEMS[error.code]) return problem(reply, PROBLEMS[error.code]!);
      throw error;
    }
  });

  app.get(accountPaths.confirm(prefix), async (request, reply) => {
    const token = (request.query as { token?: unknown }).token;
    const status = await inspectSignInLink(members, typeof token === 'string' ? token : '', kit.nonce(request));
    // The token is in this page's URL: never send it to another site in a Referer header.
    reply.header('referrer-policy', 'same-origin');
    if (status.status !== 'ready') return problem(reply, status.status);
    return kit.page(reply, 200, <ConfirmPage ctx={await deps.context(language)} csrf={kit.csrf(request, reply)} token={token as string} purpose={status.purpose} email={status.email} />);
  });

  app.post(accountPaths.confirm(prefix), post, async (request, reply) => {
    try {
      return finish(reply, await confirmSignInLink(members, (request.body as FormBody).token ?? '', kit.nonce(request)));
    } catch (error) {
      if (isAppError(error) && PROBLEMS[error.code]) return problem(reply, PROBLEMS[error.code]!);
      throw error;
    }
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../kernel/errors.js';
import { countMemberReads, monthOf } from '../../modules/access/index.js';
import { countActiveSessions, endOtherSessions, endSession, eraseMember, exportMemberData, normalizeEmail, requestEmailChange, updateMemberName, type SignedInMember } from '../../modules/members/index.js';
import type { MessageKey } from '../i18n.js';
import { paths } from '../site-context.js';
import { cookieOptions, randomCookie } from './account-cookies.js';
import type { AccountKit } from './account-kit.js';
import { AccountPage, DeleteAccountPage } from './account-page.js';
import { newsletterChoices } from '../newsletters/account-newsletters.js';
import { accountPaths, withNext } from './account-paths.js';
import { FORM_BODY, FORM_RATE_LIMIT, type FormBody } from './form-body.js';
import { NoticePage } from './sign-in-pages.js';

/** Confirmations shown on the account page after a form, named in the redirect (`?done=`). */
const DONE: Record<string, MessageKey> = { 'name-saved': 'nameSaved', 'email-changed': 'emailChanged', 'others-signed-out': 'othersSignedOut', newsletters: 'newslettersSaved' };

/** The account page and what it does: name, email change, sign out, data download, erasure. */
export function accountRoutes(app: FastifyInstance, kit: AccountKit, prefix: string, language: 'en' | 'ar'): void {
  const { deps, members } = kit;
  const cookies = deps.identity.cookies;
  const post = { config: { rateLimit: FORM_RATE_LIMIT }, preHandler: kit.checkCsrf, schema: { body: FORM_BODY } };
  const home = accountPaths.account(prefix);

  /** The signed-in member, or a redirect to sign in (and back here afterwards). */
  const requireMember = async (request: FastifyRequest, reply: FastifyReply): Promise<SignedInMember | null> => {
    const member = await kit.signedIn(request);
    if (!member) {
      reply.redirect(withNext(accountPaths.signIn(prefix), request.method === 'GET' ? request.url : home), 303);
      return null;
    }
    return member;
  };

  const showAccount = async (request: FastifyRequest, reply: FastifyReply, member: SignedInMember, status = 200, errors: { name?: string; email?: string } = {}) => {
    const ctx = await deps.context(language);
    const [reads, sessions, newsletters] = await Promise.all([
      member.viewer.paid ? null : countMemberReads(deps.db, member.member.id, monthOf(deps.clock.now())),
      countActiveSessions(deps, member.member.id),
      newsletterChoices(deps.db, member.member.email, member.viewer.paid),
    ]);
    const doneKey = DONE[String((request.query as { done?: unknown }).done ?? '')];
    return kit.page(
      reply,
      status,
      <AccountPage
        ctx={ctx}
        csrf={kit.csrf(request, reply)}
        member={member.member}
        entitlements={member.entitlements}
        meter={reads ? { used: reads.used, allowance: deps.config.meterRegistered } : null}
        sessionCount={sessions}
        newsletters={newsletters}
        done={doneKey ? ctx.t(doneKey, { email: member.member.email }) : undefined}
        nameError={errors.name}
        emailError={errors.email}
      />,
    );
  };

  app.get(home, async (request, reply) => {
    const member = await requireMember(request, reply);
    return member ? showAccount(request, reply, member) : reply;
  });

  app.post(accountPaths.name(prefix), post, async (request, reply) => {
    const member = await requireMember(request, reply);
    if (!member) return reply;
    await updateMemberName(deps, member.member.id, ((request.body as FormBody).name ?? '').trim().slice(0, 120));
    return reply.redirect(`${home}?done=name-saved`, 303);
  });

  app.post(accountPaths.email(prefix), post, async (request, reply) => {
    const member = await requireMember(request, reply);
    if (!member) return reply;
    const ctx = await deps.context(language);
    const email = normalizeEmail((request.body as FormBody).email ?? '');
    if (!email) return showAccount(request, reply, member, 400, { email: ctx.t('emailInvalid') });
    try {
      const { requestId } = await requestEmailChange(members, member.member.id, {
        email,
        language,
        nextPath: `${home}?done=email-changed`,
        requester: kit.requester(request, reply),
        confirmUrl: (token) => `${deps.config.publicUrl}${accountPaths.confirm(prefix)}?token=${token}`,
      });
      return reply.redirect(`${accountPaths.checkEmail(prefix)}?request=${requestId}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === 'EMAIL_UNCHANGED') return showAccount(request, reply, member, 400, { email: ctx.t('emailSame') });
      if (isAppError(error) && error.code === 'EMAIL_TAKEN') return showAccount(request, reply, member, 409, { email: ctx.t('emailTaken') });
      throw error;
    }
  });

  app.post(accountPaths.signOut(prefix), post, async (request, reply) => {
    await endSession(deps.db, randomCookie(request, cookies.session));
    reply.clearCookie(cookies.session, cookieOptions(cookies));
    return reply.redirect(paths.home(prefix), 303);
  });

  app.post(accountPaths.signOutOthers(prefix), post, async (request, reply) => {
    const member = await requireMember(request, reply);
    if (!member) return reply;
    await endOtherSessions(deps.db, member.member.id, member.sessionId);
    return reply.redirect(`${home}?done=others-signed-out`, 303);
  });

  app.get(accountPaths.data(prefix), async (request, reply) => {
    const member = await requireMember(request, reply);
    if (!member) return reply;
    const data = await exportMemberData(deps, member.member.id, member.sessionId);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="levant-ledger-account-${deps.clock.now().toISOString().slice(0, 10)}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });

  app.get(accountPaths.delete(prefix), async (request, reply) => {
    const member = await requireMember(request, reply);
    if (!member) return reply;
    return kit.page(reply, 200, <DeleteAccountPage ctx={await deps.context(language)} csrf={kit.csrf(request, reply)} email={member.member.email} />);
  });

  app.post(accountPaths.delete(prefix), post, async (request, reply) => {
    const member = await requireMember(request, reply);
    if (!member) return reply;
    await deps.hooks?.beforeErase?.(member.member.id);
    await eraseMember(deps, member.member.id);
    reply.clearCookie(cookies.session, cookieOptions(cookies));
    return reply.redirect(accountPaths.deleted(prefix), 303);
  });

  app.get(accountPaths.deleted(prefix), async (_request, reply) => {
    const ctx = await deps.context(language);
    return kit.page(reply, 200, <NoticePage ctx={ctx} title={ctx.t('accountDeletedTitle')} body={ctx.t('accountDeletedBody')} link={{ href: paths.home(prefix), text: ctx.t('backHome') }} />);
  });
}

import type { FastifyInstance } from 'fastify';
import { acceptInvitation, findInvitation } from '../../modules/billing/index.js';
import { JoinPage } from './membership-flow-pages.js';
import { MEMBERSHIP_FORM, MEMBERSHIP_QUERY, MEMBERSHIP_RATE_LIMIT, type MembershipForm, type MembershipKit } from './membership-kit.js';
import { membershipPaths } from './membership-paths.js';

/** Invitations to a group licence: the emailed link shows a confirm button; accepting takes a seat. */
export function groupRoutes(app: FastifyInstance, kit: MembershipKit, prefix: string, language: 'en' | 'ar'): void {
  const { billing, account } = kit;

  app.get(membershipPaths.join(prefix), { schema: { querystring: MEMBERSHIP_QUERY } }, async (request, reply) => {
    const token = (request.query as { token?: string }).token ?? '';
    const ctx = await account.deps.context(language);
    const invitation = token ? await findInvitation(billing.db, token) : undefined;
    const usable = invitation && !invitation.acceptedAt && invitation.expiresAt > billing.clock.now().toISOString() ? invitation : undefined;
    const signedIn = await account.signedIn(request);
    reply.header('referrer-policy', 'no-referrer');
    return account.page(
      reply,
      usable ? 200 : 404,
      <JoinPage
        ctx={ctx}
        csrf={account.csrf(request, reply)}
        token={token}
        invitation={usable ? { email: usable.email, name: usable.licence.name } : null}
        signedIn={signedIn !== null}
        here={`${membershipPaths.join(prefix)}?token=${encodeURIComponent(token)}`}
      />,
    );
  });

  app.post(membershipPaths.join(prefix), { schema: { body: MEMBERSHIP_FORM }, preHandler: account.checkCsrf, config: { rateLimit: MEMBERSHIP_RATE_LIMIT } }, async (request, reply) => {
    const member = await kit.requireMember(request, reply, prefix, membershipPaths.membership(prefix));
    if (!member) return reply;
    const licence = await acceptInvitation(billing, (request.body as MembershipForm).token ?? '', { id: member.member.id, email: member.member.email });
    return reply.redirect(`${membershipPaths.membership(prefix)}?done=joined&licence=${licence.id}`, 303);
  });
}

import { AppError } from '../../kernel/errors.js';
import { createMemberAsAdmin, exportMembersCsv, importMembers, listMembers, memberDetail, updateMemberAsAdmin, type MemberListItem } from '../../modules/billing/index.js';
import { getNewsletter, subscribeDirectly } from '../../modules/newsletters/index.js';
import { requirePermission, type Actor } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { CreateMemberBody, IdParams, ImportReportDoc, ListMembersQuery, MemberEnvelope, MemberListEnvelope, UpdateMemberBody } from './billing-schemas.js';
import { decodeKeyCursor, encodeKeyCursor } from './keyset-cursor.js';
import { DEFAULT_LIMIT } from './pagination.js';

const TAGS = ['members'];

/** A member as the Admin API shows them: `plans` are what they hold now, `comp` the complimentary one if any. */
export function memberJson<T extends MemberListItem>(member: T) {
  const { plans, ...rest } = member;
  const comp = plans.find((p) => p.source === 'comp');
  return {
    ...rest,
    plans: plans.map((p) => ({ tier: p.tierSlug, tierName: p.tierName, source: p.source, startsAt: p.startsAt, endsAt: p.endsAt })),
    comp: comp ? { tier: comp.tierSlug, until: comp.endsAt } : null,
  };
}

const by = (actor: Actor): string => (actor.kind === 'system' ? 'system' : `${actor.kind}:${actor.id}`);

/** The member's history only once the actor may manage members. */
function manager(request: Parameters<typeof actorOf>[0]): Actor {
  const actor = actorOf(request);
  requirePermission(actor, 'members.manage');
  return actor;
}

/**
 * Members: the list with filters (free, paid, comped, group, metered-out), one member with their
 * history, creating (optionally comped, optionally subscribed to newsletters), comps, and CSV
 * import and export. Admins only.
 */
export const membersRoutes: AdminResource = async (app, deps) => {
  const billing = { db: deps.db, clock: deps.clock };
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));

  app.get('/members', {
    schema: { summary: 'List members, newest first', tags: TAGS, querystring: ListMembersQuery },
    config: { apiResponses: { 200: { description: 'A page of members', schema: MemberListEnvelope } } },
  }, async (request) => {
    manager(request);
    const { filter, q, limit, cursor } = request.query;
    const after = decodeKeyCursor(cursor, 2);
    const page = await listMembers(deps.db, { filter, q, registeredAllowance: deps.config.meterRegistered }, deps.clock.now(), limit ?? DEFAULT_LIMIT, after && { createdAt: after[0]!, id: after[1]! });
    return { members: page.items.map(memberJson), meta: { nextCursor: page.last ? encodeKeyCursor([page.last.createdAt, page.last.id]) : null } };
  });

  app.get('/members/export', {
    schema: { summary: 'Every member as CSV (email, name, status, plans, comp_tier, comp_until, created_at, email_verified_at)', tags: TAGS },
    config: { apiResponses: { 200: { description: 'text/csv; the first columns can be imported back' } } },
  }, async (request, reply) => {
    manager(request);
    const csv = await exportMembersCsv(deps.db, deps.clock.now());
    const day = deps.clock.now().toISOString().slice(0, 10);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="members-${day}.csv"`).send(csv);
  });

  app.post('/members/import', {
    schema: {
      summary: 'Import members from CSV',
      description: 'Send text/csv whose first line names the columns: email (required), name, comp_tier, comp_until. New addresses become members; existing ones get the comp given. Bad rows are reported and skipped.',
      tags: TAGS,
    },
    config: { apiResponses: { 200: { description: 'What was created, updated or refused, by row', schema: ImportReportDoc } } },
  }, async (request) => {
    const actor = manager(request);
    if (typeof request.body !== 'string') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 415, 'Send the file as text/csv');
    return importMembers(billing, request.body, by(actor));
  });

  app.get('/members/:id', {
    schema: { summary: 'Get a member with their plans, subscriptions, groups and history', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The member', schema: MemberEnvelope } } },
  }, async (request) => {
    manager(request);
    const member = await memberDetail(deps.db, request.params.id, deps.clock.now());
    if (!member) throw new AppError('MEMBER_NOT_FOUND', 404, 'There is no member with that id');
    return { member: memberJson(member) };
  });

  app.post('/members', {
    schema: { summary: 'Add a member', tags: TAGS, body: CreateMemberBody },
    config: { apiResponses: { 201: { description: 'The new member', schema: MemberEnvelope } } },
  }, async (request, reply) => {
    const actor = manager(request);
    const { newsletters = [], ...input } = request.body;
    // Check every newsletter before creating anything, so a typo leaves no half-made member.
    const newsletterIds = [];
    for (const ref of newsletters) {
      try {
        newsletterIds.push((await getNewsletter(deps.db, ref)).id);
      } catch {
        throw new AppError('VALIDATION_FAILED', 400, `There is no newsletter "${ref}"`, { newsletters: `"${ref}" is not a newsletter id or slug` });
      }
    }
    const member = await createMemberAsAdmin(billing, { ...input, by: by(actor) });
    if (newsletterIds.length) await subscribeDirectly(billing, { email: member.email, memberId: member.id, newsletterIds, source: 'admin' });
    return reply.code(201).header('location', `/api/admin/members/${member.id}`).send({ member: memberJson(member) });
  });

  app.patch('/members/:id', {
    schema: { summary: 'Rename a member or set their comp (null revokes it)', tags: TAGS, params: IdParams, body: UpdateMemberBody },
    config: { apiResponses: { 200: { description: 'The member', schema: MemberEnvelope } } },
  }, async (request) => {
    const actor = manager(request);
    return { member: memberJson(await updateMemberAsAdmin(billing, request.params.id, { ...request.body, by: by(actor) })) };
  });
};

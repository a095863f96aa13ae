import { AppError } from '../../kernel/errors.js';
import { createLicence, deleteLicence, findLicence, inviteToLicence, listLicences, listSeats, removeSeat, updateLicence } from '../../modules/billing/index.js';
import { normalizeEmail } from '../../modules/members/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import { billingDepsFrom } from '../billing-deps.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { CreateGroupBody, GroupEnvelope, GroupListEnvelope, IdParams, InviteBody, SeatParams, UpdateGroupBody } from './billing-schemas.js';

const TAGS = ['groups'];

const endsAt = (value: string | null | undefined): string | null | undefined => {
  if (value === undefined || value === null) return value;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new AppError('VALIDATION_FAILED', 400, 'endsAt is not a date', { endsAt: 'must be a date (2027-01-31) or an ISO 8601 time' });
  return date.toISOString();
};

/** Group (institutional) licences with their seats and invitations: admins only. */
export const groupsRoutes: AdminResource = async (app, deps) => {
  const billing = billingDepsFrom(deps);
  const admin = (request: Parameters<typeof actorOf>[0]) => requirePermission(actorOf(request), 'billing.manage');
  const withSeats = async (id: string) => {
    const licence = await findLicence(deps.db, id);
    if (!licence) throw new AppError('GROUP_NOT_FOUND', 404, 'There is no such group licence');
    return { ...licence, members: await listSeats(deps.db, id) };
  };

  app.get('/groups', {
    schema: { summary: 'List group licences with seats used', tags: TAGS },
    config: { apiResponses: { 200: { description: 'Every licence', schema: GroupListEnvelope } } },
  }, async (request) => {
    admin(request);
    return { groups: await listLicences(deps.db) };
  });

  app.post('/groups', {
    schema: { summary: 'Create a group licence', description: 'Seats are taken by members with a confirmed address at one of `emailDomains`, or by accepting an invitation. Addresses in `ipRanges` read without an account and take no seat.', tags: TAGS, body: CreateGroupBody },
    config: { apiResponses: { 201: { description: 'The licence', schema: GroupEnvelope } } },
  }, async (request, reply) => {
    admin(request);
    const { tier, endsAt: end, ...input } = request.body;
    const licence = await createLicence(billing, { ...input, tierSlug: tier, endsAt: endsAt(end) ?? null });
    return reply.code(201).header('location', `/api/admin/groups/${licence.id}`).send({ group: { ...licence, members: [] } });
  });

  app.get('/groups/:id', {
    schema: { summary: 'Get a licence with the members holding its seats', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The licence', schema: GroupEnvelope } } },
  }, async (request) => {
    admin(request);
    return { group: await withSeats(request.params.id) };
  });

  app.patch('/groups/:id', {
    schema: { summary: 'Change a licence (seats cannot go below those taken)', tags: TAGS, params: IdParams, body: UpdateGroupBody },
    config: { apiResponses: { 200: { description: 'The licence', schema: GroupEnvelope } } },
  }, async (request) => {
    admin(request);
    const { tier, endsAt: end, ...changes } = request.body;
    await updateLicence(billing, request.params.id, { ...changes, ...(tier !== undefined ? { tierSlug: tier } : {}), ...(end !== undefined ? { endsAt: endsAt(end) } : {}) });
    return { group: await withSeats(request.params.id) };
  });

  app.delete('/groups/:id', {
    schema: { summary: 'Delete a licence; every seat’s access ends now', tags: TAGS, params: IdParams },
    config: { apiResponses: { 204: { description: 'Deleted' } } },
  }, async (request, reply) => {
    admin(request);
    await deleteLicence(billing, request.params.id);
    return reply.code(204).send();
  });

  app.delete('/groups/:id/members/:memberId', {
    schema: { summary: 'Free a seat: the member’s group access ends now', tags: TAGS, params: SeatParams },
    config: { apiResponses: { 204: { description: 'Freed' } } },
  }, async (request, reply) => {
    admin(request);
    await removeSeat(billing, request.params.id, request.params.memberId);
    return reply.code(204).send();
  });

  app.post('/groups/:id/invitations', {
    schema: { summary: 'Email an invitation to take a seat (valid 14 days)', tags: TAGS, params: IdParams, body: InviteBody },
    config: { apiResponses: { 201: { description: 'The invitation (its link is only in the email)' } } },
  }, async (request, reply) => {
    admin(request);
    const email = normalizeEmail(request.body.email);
    if (!email) throw new AppError('VALIDATION_FAILED', 400, 'The email address is not valid', { email: 'is not an email address' });
    const invitation = await inviteToLicence(billing, request.params.id, email, request.body.language ?? 'en');
    return reply.code(201).send({ invitation: { ...invitation, email } });
  });
};

import { createTier, listTiers, updateTier } from '../../modules/billing/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { CreateTierBody, SlugParams, TierEnvelope, TierListEnvelope, UpdateTierBody } from './billing-schemas.js';

const TAGS = ['tiers'];

/** Plans: anyone in the newsroom may read them (the editor chooses which plan unlocks an article); admins change them. */
export const tiersRoutes: AdminResource = async (app, deps) => {
  const billing = { db: deps.db, clock: deps.clock };

  app.get('/tiers', {
    schema: { summary: 'List plans, in display order', tags: TAGS },
    config: { apiResponses: { 200: { description: 'Every plan, active or not', schema: TierListEnvelope } } },
  }, async (request) => {
    actorOf(request);
    return { tiers: await listTiers(deps.db) };
  });

  app.post('/tiers', {
    schema: { summary: 'Create a plan', description: 'Prices are whole cents; leave both null for a plan sold only through group licences. Without Stripe price ids, Checkout describes the price itself.', tags: TAGS, body: CreateTierBody },
    config: { apiResponses: { 201: { description: 'The plan', schema: TierEnvelope } } },
  }, async (request, reply) => {
    requirePermission(actorOf(request), 'billing.manage');
    const tier = await createTier(billing, request.body);
    return reply.code(201).header('location', `/api/admin/tiers/${tier.slug}`).send({ tier });
  });

  app.patch('/tiers/:slug', {
    schema: { summary: 'Change a plan (its slug is permanent)', description: 'New prices apply to new subscriptions; existing ones keep theirs.', tags: TAGS, params: SlugParams, body: UpdateTierBody },
    config: { apiResponses: { 200: { description: 'The plan', schema: TierEnvelope } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'billing.manage');
    return { tier: await updateTier(billing, request.params.slug, request.body) };
  });
};

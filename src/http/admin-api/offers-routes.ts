import { createOffer, listGifts, listOffers, sendGiftEmail, updateOffer } from '../../modules/billing/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import { billingDepsFrom } from '../billing-deps.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { CreateOfferBody, GiftListEnvelope, IdParams, OfferEnvelope, OfferListEnvelope, UpdateOfferBody } from './billing-schemas.js';

/** Offers (codes and links for discounts and trials) and gifts: admins only. */
export const offersRoutes: AdminResource = async (app, deps) => {
  const billing = billingDepsFrom(deps);
  const admin = (request: Parameters<typeof actorOf>[0]) => requirePermission(actorOf(request), 'billing.manage');

  app.get('/offers', {
    schema: { summary: 'List offers, newest first', tags: ['offers'] },
    config: { apiResponses: { 200: { description: 'Every offer with its redemptions', schema: OfferListEnvelope } } },
  }, async (request) => {
    admin(request);
    return { offers: (await listOffers(deps.db)).map((o) => ({ ...o, url: `${deps.config.publicUrl}/membership?offer=${encodeURIComponent(o.code)}` })) };
  });

  app.post('/offers', {
    schema: {
      summary: 'Create an offer',
      description: 'percent: `amount` percent off; fixed: `amount` cents off; for `durationMonths` months (null: the first payment). trial: `trialDays` free. Readers redeem it by code or at /membership?offer=CODE.',
      tags: ['offers'],
      body: CreateOfferBody,
    },
    config: { apiResponses: { 201: { description: 'The offer', schema: OfferEnvelope } } },
  }, async (request, reply) => {
    admin(request);
    const { tier, ...input } = request.body;
    const offer = await createOffer(billing, { ...input, tierSlug: tier ?? null });
    return reply.code(201).send({ offer: { ...offer, url: `${deps.config.publicUrl}/membership?offer=${encodeURIComponent(offer.code)}` } });
  });

  app.patch('/offers/:id', {
    schema: { summary: 'End, rename or limit an offer', tags: ['offers'], params: IdParams, body: UpdateOfferBody },
    config: { apiResponses: { 200: { description: 'The offer', schema: OfferEnvelope } } },
  }, async (request) => {
    admin(request);
    return { offer: await updateOffer(billing, request.params.id, request.body) };
  });

  app.get('/gifts', {
    schema: { summary: 'List gift memberships, newest first', tags: ['gifts'] },
    config: { apiResponses: { 200: { description: 'Gifts, paid or not, redeemed or not', schema: GiftListEnvelope } } },
  }, async (request) => {
    admin(request);
    return { gifts: await listGifts(deps.db) };
  });

  app.post('/gifts/:id/resend', {
    schema: { summary: 'Email a paid gift’s redeem link again (older links stop working)', tags: ['gifts'], params: IdParams },
    config: { apiResponses: { 204: { description: 'Sent' } } },
  }, async (request, reply) => {
    admin(request);
    await sendGiftEmail(billing, request.params.id);
    return reply.code(204).send();
  });
};

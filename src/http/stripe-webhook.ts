import type { FastifyInstance } from 'fastify';
import { isAppError } from '../kernel/errors.js';
import { handleStripeEvent, type BillingDeps } from '../modules/billing/index.js';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

/**
 * POST /webhooks/stripe, as its own encapsulated plugin: the body is kept as raw bytes (the
 * signature covers them exactly) by a content-type parser that exists only in this scope, so
 * every other route keeps parsing JSON as usual. A bad signature gets 400 and changes nothing; a
 * replayed event answers 200 and changes nothing; an error of ours answers 500 so Stripe retries.
 */
export async function stripeWebhook(app: FastifyInstance, deps: BillingDeps): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 512 * 1024 }, (_request, body, done) => done(null, body));

  app.post(STRIPE_WEBHOOK_PATH, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!deps.gateway) return reply.code(503).send({ error: 'PAYMENTS_UNAVAILABLE', message: 'Stripe is not configured on this site (STRIPE_SECRET_KEY is not set)' });
    const signature = request.headers['stripe-signature'];
    if (typeof signature !== 'string' || !Buffer.isBuffer(request.body)) {
      return reply.code(400).send({ error: 'WEBHOOK_SIGNATURE_INVALID', message: 'Send the event as Stripe does: the raw JSON body and a Stripe-Signature header' });
    }
    try {
      const event = await deps.gateway.verifyEvent(request.body, signature);
      const outcome = await handleStripeEvent(deps, event);
      request.log.info({ event: event.id, type: event.type, outcome }, 'Stripe event');
      return reply.code(200).send({ received: true, outcome });
    } catch (error) {
      if (isAppError(error) && error.status < 500) return reply.code(error.status).send({ error: error.code, message: error.message });
      if (isAppError(error) && error.code === 'WEBHOOK_NOT_CONFIGURED') return reply.code(503).send({ error: error.code, message: error.message });
      request.log.error({ err: error }, 'Stripe event failed; Stripe will retry it');
      return reply.code(500).send({ error: 'INTERNAL_ERROR', message: 'The event could not be applied; it will be retried' });
    }
  });
}

import type { Db } from '../db/database-handle.js';
import type { Clock } from '../kernel/clock.js';
import type { Config } from '../kernel/config.js';
import type { Logger } from '../kernel/logger.js';
import { createStripeGateway, type BillingDeps } from '../modules/billing/index.js';
import type { Mailer } from '../modules/mail/index.js';

/** The Arabic name of the outlet (as reader-site.tsx spells it, until Config carries it). */
const SITE_NAME_AR = 'دفتر المشرق';

/**
 * Billing's dependencies from the app's: the Stripe gateway (null without STRIPE_SECRET_KEY),
 * the mailer for gift and invitation emails, and the site's address for links.
 */
export function billingDepsFrom(deps: { config: Config; db: Db; clock: Clock; mailer: Mailer; log?: Logger }): BillingDeps {
  const { config } = deps;
  return {
    db: deps.db,
    clock: deps.clock,
    mailer: deps.mailer,
    log: deps.log,
    gateway: createStripeGateway({ secretKey: config.stripeSecretKey, webhookSecret: config.stripeWebhookSecret, apiBase: config.stripeApiBase }),
    site: { publicUrl: config.publicUrl, siteName: config.siteName, siteNameAr: SITE_NAME_AR },
  };
}

import { revenueFigures } from '../../modules/billing/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { RevenueDoc } from './billing-schemas.js';

/** Revenue figures from the subscriptions Stripe's webhooks keep current: admins only. */
export const revenueRoutes: AdminResource = async (app, deps) => {
  app.get('/revenue', {
    schema: { summary: 'Revenue at a glance: MRR, paying members, churn this month', description: 'MRR counts monthly prices plus yearly prices / 12, before discounts; trials are counted apart.', tags: ['revenue'] },
    config: { apiResponses: { 200: { description: 'Figures in the main currency (that of the first plan)', schema: RevenueDoc } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'billing.manage');
    return revenueFigures(deps.db, deps.clock.now());
  });
};

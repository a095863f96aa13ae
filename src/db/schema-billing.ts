/** Tables of the billing area: tiers, prices, subscriptions, Stripe events, offers, gifts, group licences. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BillingTables {}

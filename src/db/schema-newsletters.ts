/** Tables of the newsletters area: newsletters, subscriptions, sends, deliveries, suppression. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NewslettersTables {}

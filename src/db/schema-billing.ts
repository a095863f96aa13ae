/**
 * Tables of the billing area (migration 007): plans (tiers), Stripe customers and subscriptions,
 * the Stripe events already processed, offers, gifts, group licences with their seats and
 * invitations, and the member history the admin reads. Money is integer cents; times are ISO 8601
 * UTC text except Stripe's own `created` stamps, kept as Unix seconds to compare like with like.
 */
export interface TierTable {
  id: string;
  slug: string;
  name: string;
  names: string; // JSON: { [lang]: name }
  description: string;
  descriptions: string; // JSON: { [lang]: description }
  /** Null: not sold at that interval (a tier sold only through group licences has neither). */
  monthly_price_cents: number | null;
  yearly_price_cents: number | null;
  currency: string; // ISO 4217, lowercase
  /** Prices configured in Stripe; without them Checkout describes the price inline. */
  stripe_monthly_price_id: string | null;
  stripe_yearly_price_id: string | null;
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
}

/** The Stripe customer that stands for a member; created at their first Checkout. */
export interface BillingCustomerTable {
  member_id: string;
  stripe_customer_id: string;
  created_at: string;
}

export interface SubscriptionTable {
  id: string;
  member_id: string | null;
  tier_slug: string;
  stripe_customer_id: string;
  stripe_subscription_id: string;
  status: string; // Stripe's: active | trialing | past_due | canceled | incomplete | incomplete_expired | unpaid | paused
  interval: string; // month | year
  /** What one interval costs before discounts, for revenue figures. */
  amount_cents: number;
  currency: string;
  current_period_end: string | null;
  cancel_at_period_end: number;
  trial_end: string | null;
  offer_code: string | null;
  canceled_at: string | null;
  ended_at: string | null;
  /** `created` (Unix seconds) of the Stripe event whose snapshot this row reflects: older events are ignored. */
  updated_from_event_created: number;
  created_at: string;
  updated_at: string;
}

/** Every Stripe event applied, by id: a redelivered event changes nothing. */
export interface StripeEventTable {
  id: string;
  type: string;
  created: number;
  received_at: string;
}

export interface OfferTable {
  id: string;
  code: string; // uppercase
  name: string;
  kind: string; // percent | fixed | trial
  /** Percent off (1-100) or cents off, by kind; 0 for a trial. */
  amount: number;
  currency: string;
  /** How many months a discount lasts; null: the first payment only. */
  duration_months: number | null;
  trial_days: number | null;
  /** The plan it applies to; null: any plan. */
  tier_slug: string | null;
  /** Offered once in the cancel flow to a member about to leave. */
  retention: number;
  active: number;
  max_redemptions: number | null;
  redemptions: number;
  expires_at: string | null;
  /** The Stripe coupon made for this offer on first use. */
  stripe_coupon_id: string | null;
  created_at: string;
}

export interface GiftTable {
  id: string;
  purchaser_email: string;
  purchaser_member_id: string | null;
  /** Null: the redeem link goes to the purchaser, to hand over themselves. */
  recipient_email: string | null;
  recipient_name: string;
  message: string;
  tier_slug: string;
  months: number;
  amount_cents: number;
  currency: string;
  language: string;
  stripe_session_id: string | null;
  /** SHA-256 of the redeem token (hex), set when payment is confirmed. */
  token_hash: string | null;
  paid_at: string | null;
  emailed_at: string | null;
  redeemed_by: string | null;
  redeemed_at: string | null;
  created_at: string;
}

export interface GroupLicenceTable {
  id: string;
  name: string;
  tier_slug: string;
  seats: number;
  /** Seats taken, kept beside `seats` so that taking one is a single conditional UPDATE. */
  seats_used: number;
  email_domains: string; // JSON: string[]
  ip_ranges: string; // JSON: string[] of CIDR ranges, IPv4 or IPv6
  ends_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface GroupMemberTable {
  licence_id: string;
  member_id: string;
  via: string; // domain | invitation
  created_at: string;
}

export interface GroupInvitationTable {
  id: string;
  licence_id: string;
  email: string;
  token_hash: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  created_at: string;
}

/** What happened to a member's access and billing, newest last: the admin's member history. */
export interface MemberEventTable {
  id: string;
  member_id: string;
  /** 1, 2, 3... per member: the order of the history, whatever the clock says. */
  seq: number;
  kind: string;
  details: string; // JSON
  created_at: string;
}

/** Tables of the billing area: tiers, customers, subscriptions, Stripe events, offers, gifts, group licences. */
export interface BillingTables {
  tiers: TierTable;
  billing_customers: BillingCustomerTable;
  subscriptions: SubscriptionTable;
  stripe_events: StripeEventTable;
  offers: OfferTable;
  gifts: GiftTable;
  group_licences: GroupLicenceTable;
  group_members: GroupMemberTable;
  group_invitations: GroupInvitationTable;
  member_events: MemberEventTable;
}

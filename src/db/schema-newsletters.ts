/**
 * Tables of the newsletters area (migration 008): the lists, who is subscribed to each, the sends
 * and one row per recipient per send (the ledger that makes delivery resumable and exactly-once),
 * and the suppression list. Times are ISO 8601 UTC text.
 */
export interface NewsletterTable {
  id: string;
  slug: string;
  name: string;
  description: string;
  language: string;
  sender_name: string;
  sender_email: string;
  reply_to: string;
  /** Who may receive it: anyone | members | paid. */
  audience: string;
  /** Assemble a daily briefing from the day's stories for an editor to review: 0/1. */
  auto_digest: number;
  status: string; // active | archived
  position: number;
  created_at: string;
  updated_at: string;
}

export interface SubscriberTable {
  id: string;
  /** Lowercased. */
  email: string;
  member_id: string | null;
  language: string;
  created_at: string;
  /** Double opt-in: set when the address confirmed (or came from a signed-in member). */
  confirmed_at: string | null;
}

export interface NewsletterSubscriptionTable {
  newsletter_id: string;
  subscriber_id: string;
  status: string; // pending | subscribed | unsubscribed
  source: string; // form | account | admin | import
  created_at: string;
  updated_at: string;
}

export interface SubscriptionConfirmationTable {
  token_hash: string;
  subscriber_id: string;
  newsletter_ids: string; // JSON array
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface NewsletterSendTable {
  id: string;
  newsletter_id: string;
  subject: string;
  /** JSON array of post ids, in order. */
  post_ids: string;
  /** Intro text an editor writes above the stories (plain text). */
  intro: string;
  status: string; // draft | scheduled | preparing | sending | sent | cancelled
  scheduled_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  recipients: number;
  track_opens: number;
  track_clicks: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SendRecipientTable {
  id: string;
  send_id: string;
  subscriber_id: string;
  email: string;
  /** Which version this reader gets: free (stops at the cut) or paid (the whole text). */
  variant: string;
  language: string;
  status: string; // pending | sending | delivered | failed | skipped
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  next_attempt_at: string | null;
  message_id: string | null;
  last_error: string | null;
  delivered_at: string | null;
  opened_at: string | null;
  clicked_at: string | null;
}

export interface SuppressionTable {
  email: string;
  reason: string; // hard-bounce | complaint | manual | unsubscribed-all
  details: string;
  created_at: string;
}

export interface NewslettersTables {
  newsletters: NewsletterTable;
  subscribers: SubscriberTable;
  newsletter_subscriptions: NewsletterSubscriptionTable;
  subscription_confirmations: SubscriptionConfirmationTable;
  newsletter_sends: NewsletterSendTable;
  send_recipients: SendRecipientTable;
  suppressions: SuppressionTable;
}

/**
 * Tables of the members area (migration 006): readers, their sign-in tokens and sessions, what
 * they are entitled to, and the server-side meter. Times are ISO 8601 UTC text; secrets are
 * stored only as hashes.
 */
export interface MemberTable {
  id: string;
  /** Lowercased; null once the account is erased (the row stays as an anonymous tombstone). */
  email: string | null;
  name: string;
  /** Interface language for pages and email: 'en' | 'ar'. */
  language: string;
  created_at: string;
  updated_at: string;
  email_verified_at: string | null;
  deleted_at: string | null;
}

/**
 * Paid access a member holds. Billing writes these rows (a subscription, a comp, a group seat, a
 * gift); access only reads them. A row is active when starts_at <= now < ends_at (or no ends_at).
 */
export interface MemberEntitlementTable {
  id: string;
  member_id: string;
  tier_slug: string;
  /** The plan's name as the reader knows it, written by billing when it grants the row. */
  tier_name: string;
  source: string; // comp | subscription | group | gift
  /** The billing record behind this row (subscription, licence, gift id), for billing's own bookkeeping. */
  reference: string | null;
  starts_at: string;
  ends_at: string | null;
  created_at: string;
}

/**
 * An emailed sign-in link and code. One row per request; also the record the per-email and
 * per-address rate limits count. Kept at most a day.
 */
export interface MemberLoginTokenTable {
  id: string;
  /** SHA-256 of the 256-bit link token (hex). */
  token_hash: string;
  /** HMAC-SHA256(server key, salt + code) of the 6-digit code (hex). */
  code_hash: string;
  code_salt: string;
  /** The address the message went to (for email-change: the new address). Lowercased. */
  email: string;
  purpose: string; // sign-in | sign-up | email-change
  /** The member this is for: set for sign-in and email-change, null for sign-up. */
  member_id: string | null;
  /** SHA-256 of the random nonce kept in the requesting browser's cookie. */
  browser_hash: string;
  /** HMAC of the requesting IP address (never the address itself), for the per-address limit. */
  requester_hash: string;
  /** Name typed on the registration form, used when the account is created. */
  name: string;
  language: string;
  /** Same-site path to return to after signing in. */
  next_path: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** Wrong codes typed so far; the token dies at the limit. */
  attempts: number;
}

export interface MemberSessionTable {
  /** SHA-256 of the session cookie's token (hex): a stolen database cannot be replayed as cookies. */
  id: string;
  member_id: string;
  created_at: string;
  expires_at: string;
}

/** Articles a signed-in free member has read this calendar month (UTC), for the server-side meter. */
export interface MeterReadTable {
  member_id: string;
  post_id: string;
  month: string; // YYYY-MM
  read_at: string;
}

/** Tables of the members area: readers, sign-in tokens, sessions, entitlements, the meter. */
export interface MembersTables {
  members: MemberTable;
  member_entitlements: MemberEntitlementTable;
  member_login_tokens: MemberLoginTokenTable;
  member_sessions: MemberSessionTable;
  meter_reads: MeterReadTable;
}

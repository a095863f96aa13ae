import type { Db, DialectName } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Logger } from '../../kernel/logger.js';
import type { Mailer } from '../mail/index.js';

export const AUDIENCES = ['anyone', 'members', 'paid'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Newsletter {
  id: string;
  slug: string;
  name: string;
  description: string;
  language: string;
  senderName: string;
  senderEmail: string;
  replyTo: string;
  audience: Audience;
  autoDigest: boolean;
  status: 'active' | 'archived';
  subscribers: number;
  createdAt: string;
  updatedAt: string;
}

export type SendStatus = 'draft' | 'scheduled' | 'preparing' | 'sending' | 'sent' | 'cancelled';

export interface SendReport {
  id: string;
  newsletterId: string;
  subject: string;
  postIds: string[];
  status: SendStatus;
  scheduledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  recipients: number;
  pending: number;
  delivered: number;
  failed: number;
  skipped: number;
  unsubscribedSince: number;
  opens: number | null;
  clicks: number | null;
  trackOpens: boolean;
  trackClicks: boolean;
}

/** What a subscriber's email address is entitled to: the paid version, or the free one that stops at the cut. */
export type ReaderTier = { member: boolean; paid: boolean };

/**
 * Everything the newsletters module needs, passed in one object (built in main.ts).
 * `readerTier` asks the members/billing side whether an address belongs to a member with paid
 * access, so this module never reads their tables.
 */
export interface NewsletterDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  mailer: Mailer;
  log: Logger;
  publicUrl: string;
  siteName: string;
  /** HMAC key for unsubscribe tokens and confirmation links. */
  signingKey: Buffer;
  readerTier: (emails: string[]) => Promise<Map<string, ReaderTier>>;
  /** Enqueues a durable job (the jobs module's enqueue, bound to the database). */
  enqueue: (input: { kind: string; payload: unknown; runAt?: Date; dedupeKey?: string; maxAttempts?: number }) => Promise<string | null>;
  /** Optional RFC 8058 mailto: address for List-Unsubscribe. */
  unsubscribeMailto?: string;
}

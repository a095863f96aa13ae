import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';

export type SuppressionReason = 'hard-bounce' | 'complaint' | 'manual';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Stops all further newsletter mail to an address. Idempotent: the first reason is kept. */
export async function suppress(deps: { db: Db; clock: Clock }, email: string, reason: SuppressionReason, details = ''): Promise<boolean> {
  const result = await deps.db
    .insertInto('suppressions')
    .values({ email: normalizeEmail(email), reason, details: details.slice(0, 500), created_at: deps.clock.now().toISOString() })
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function isSuppressed(db: Db, email: string): Promise<boolean> {
  const row = await db.selectFrom('suppressions').select('email').where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row !== undefined;
}

export interface EmailEvent {
  email: string;
  reason: 'hard-bounce' | 'complaint';
  details: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Reads bounce and complaint events from the formats providers post to webhooks: Amazon SES (via
 * SNS), Mailgun, SendGrid, Postmark, and a plain `{email, type}`. Soft bounces and other events are
 * ignored; only hard bounces and complaints stop mail.
 */
export function parseEmailEvents(body: unknown): EmailEvent[] {
  const out: EmailEvent[] = [];
  const items = Array.isArray(body) ? body : [body];
  for (const raw of items) {
    if (!isObject(raw)) continue;
    // Amazon SES through SNS: the notification is a JSON string in Message.
    if (raw.Type === 'Notification' && typeof raw.Message === 'string') {
      try {
        out.push(...parseEmailEvents(JSON.parse(raw.Message)));
      } catch {
        /* not JSON: ignore */
      }
      continue;
    }
    if (str(raw.notificationType) ?? str(raw.eventType)) {
      const kind = str(raw.notificationType) ?? str(raw.eventType);
      const bounce = isObject(raw.bounce) ? raw.bounce : undefined;
      const complaint = isObject(raw.complaint) ? raw.complaint : undefined;
      if (kind === 'Bounce' && bounce?.bounceType === 'Permanent' && Array.isArray(bounce.bouncedRecipients)) {
        for (const r of bounce.bouncedRecipients) if (isObject(r) && str(r.emailAddress)) out.push({ email: str(r.emailAddress)!, reason: 'hard-bounce', details: 'ses' });
      }
      if (kind === 'Complaint' && complaint && Array.isArray(complaint.complainedRecipients)) {
        for (const r of complaint.complainedRecipients) if (isObject(r) && str(r.emailAddress)) out.push({ email: str(r.emailAddress)!, reason: 'complaint', details: 'ses' });
      }
      continue;
    }
    // Mailgun: { "event-data": { event, severity, recipient } }
    const mailgun = isObject(raw['event-data']) ? raw['event-data'] : undefined;
    if (mailgun) {
      const recipient = str(mailgun.recipient);
      if (recipient && mailgun.event === 'failed' && mailgun.severity === 'permanent') out.push({ email: recipient, reason: 'hard-bounce', details: 'mailgun' });
      if (recipient && mailgun.event === 'complained') out.push({ email: recipient, reason: 'complaint', details: 'mailgun' });
      continue;
    }
    // Postmark: { RecordType: 'Bounce', Type: 'HardBounce', Email }
    if (str(raw.RecordType)) {
      const email = str(raw.Email);
      if (email && raw.RecordType === 'Bounce' && raw.Type === 'HardBounce') out.push({ email, reason: 'hard-bounce', details: 'postmark' });
      if (email && raw.RecordType === 'SpamComplaint') out.push({ email, reason: 'complaint', details: 'postmark' });
      continue;
    }
    // SendGrid: [{ event: 'bounce' | 'spamreport', email, type }]
    const email = str(raw.email);
    if (email && (raw.event === 'bounce' && raw.type !== 'blocked')) out.push({ email, reason: 'hard-bounce', details: 'sendgrid' });
    else if (email && raw.event === 'spamreport') out.push({ email, reason: 'complaint', details: 'sendgrid' });
    else if (email && (raw.type === 'hard-bounce' || raw.type === 'complaint')) out.push({ email, reason: raw.type, details: 'generic' });
  }
  return out.filter((e) => /^[^\s@]+@[^\s@]+$/.test(e.email));
}

/** Imports a list of addresses to suppress (one per line, optionally `email,reason`). Returns how many were new. */
export async function importSuppressions(deps: { db: Db; clock: Clock }, text: string): Promise<{ added: number; skipped: number }> {
  let added = 0;
  let skipped = 0;
  for (const line of text.split(/\r?\n/)) {
    const [email, reason] = line.split(',').map((s) => s.trim());
    if (!email || !email.includes('@') || email.toLowerCase() === 'email') {
      if (line.trim()) skipped++;
      continue;
    }
    const why: SuppressionReason = reason === 'complaint' ? 'complaint' : reason === 'manual' ? 'manual' : 'hard-bounce';
    if (await suppress(deps, email, why, 'import')) added++;
    else skipped++;
  }
  return { added, skipped };
}

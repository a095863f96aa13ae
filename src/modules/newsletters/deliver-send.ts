import { createHash } from 'node:crypto';
import { getPost, type Post } from '../content/index.js';
import { newId } from '../../kernel/ids.js';
import { JobInterrupted } from '../jobs/index.js';
import type { NewsletterDeps } from './newsletter-types.js';
import { renderNewsletterEmail, UNSUBSCRIBE_PLACEHOLDER, type EmailVariant, type RenderedEmail } from './render-newsletter.js';
import { DELIVER_JOB } from './sends.js';
import { suppress } from './suppression.js';
import { signUnsubscribeToken } from './unsubscribe-token.js';
import { trackingPixel, trackLinks } from './tracking.js';

const BATCH = 200;
const PARALLEL = 10;
const MAX_ATTEMPTS = 5;
const CLAIM_MS = 120_000;

export interface DeliverOptions {
  /** Messages in flight at once over the pooled SMTP connections. */
  parallel?: number;
  /** Aborts when the worker stops: messages in flight finish and are recorded, then the job is handed back. */
  signal?: AbortSignal;
}

const backoff = (attempts: number): number => Math.min(3_600_000, 60_000 * 2 ** (attempts - 1));

/** An SMTP reply that will not change on retry: the address does not exist or refuses mail. */
function classify(error: unknown): { permanent: boolean; hardBounce: boolean; message: string } {
  const e = error as { responseCode?: number; message?: string; code?: string };
  const code = e.responseCode ?? 0;
  return { permanent: code >= 500, hardBounce: code === 550 || code === 551 || code === 553, message: `${code || e.code || ''} ${e.message ?? String(error)}`.trim().slice(0, 500) };
}

/**
 * Job: delivers a send. Each run claims recipients in batches (pending ones, and ones a previous
 * run of this job left mid-flight when its process died), sends them over the pooled transport
 * and records each delivery the moment the SMTP server accepts it. Only one run of a send's
 * delivery job holds its lease at a time, so nobody is claimed twice while it lives; a crash
 * resumes where the ledger stops. On a graceful stop (SIGTERM) the messages in flight finish and
 * are recorded before the job is handed back, so a restart sends nobody anything twice. Transient failures wait and retry with backoff; permanent
 * ones are recorded, and hard bounces suppress the address for good.
 */
export async function deliverSend(deps: NewsletterDeps, sendId: string, options: DeliverOptions = {}): Promise<void> {
  const send = await deps.db.selectFrom('newsletter_sends').selectAll().where('id', '=', sendId).executeTakeFirst();
  if (!send || send.status !== 'sending') return;
  const newsletter = await deps.db.selectFrom('newsletters').selectAll().where('id', '=', send.newsletter_id).executeTakeFirstOrThrow();
  const posts = (await Promise.all((JSON.parse(send.post_ids) as string[]).map((id) => getPost(deps.db, id)))).filter((p): p is Post => p !== undefined);
  // Each version is rendered once per run; parallel senders share the same pending render.
  const versions = new Map<EmailVariant, Promise<RenderedEmail>>();
  const render = (variant: EmailVariant): Promise<RenderedEmail> => {
    let version = versions.get(variant);
    if (!version) {
      version = renderNewsletterEmail({ siteName: deps.siteName, publicUrl: deps.publicUrl, newsletterName: newsletter.name, language: newsletter.language, subject: send.subject, intro: send.intro, posts, variant });
      versions.set(variant, version);
    }
    return version;
  };
  const runId = newId();
  const host = new URL(deps.publicUrl).hostname;
  const from = `${newsletter.sender_name.replace(/[<>"]/g, '')} <${newsletter.sender_email}>`;

  for (;;) {
    if (options.signal?.aborted) throw new JobInterrupted();
    const now = deps.clock.now();
    const nowIso = now.toISOString();
    const candidates = await deps.db
      .selectFrom('send_recipients')
      .select('id')
      .where('send_id', '=', sendId)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', nowIso)])]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_by', '!=', runId)]),
        ]),
      )
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (candidates.length === 0) break;
    const ids = candidates.map((c) => c.id);
    await deps.db.updateTable('send_recipients').set({ status: 'sending', claimed_by: runId, claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString() }).where('id', 'in', ids).execute();
    const batch = await deps.db.selectFrom('send_recipients').selectAll().where('id', 'in', ids).where('claimed_by', '=', runId).orderBy('id').execute();

    // Addresses suppressed since the audience was fixed (a bounce webhook mid-send): one query per batch.
    const suppressedNow = new Set((await deps.db.selectFrom('suppressions').select('email').where('email', 'in', batch.map((r) => r.email)).execute()).map((s) => s.email));
    let next = 0;
    const worker = async () => {
      while (next < batch.length && !options.signal?.aborted) {
        const r = batch[next++]!;
        if (suppressedNow.has(r.email)) {
          await deps.db.updateTable('send_recipients').set({ status: 'skipped', last_error: 'suppressed', claimed_by: null }).where('id', '=', r.id).execute();
          continue;
        }
        const version = await render(r.variant as EmailVariant);
        const token = signUnsubscribeToken(deps.signingKey, r.subscriber_id, newsletter.id);
        const unsubscribeUrl = `${deps.publicUrl}/newsletters/unsubscribe/${token}`;
        let html = version.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl);
        if (send.track_clicks === 1) html = trackLinks(html, deps.signingKey, deps.publicUrl, r.id, unsubscribeUrl);
        if (send.track_opens === 1) html = html.replace('</body>', `${trackingPixel(deps.signingKey, deps.publicUrl, r.id)}</body>`);
        const messageId = `<${sendId}.${createHash('sha256').update(r.subscriber_id).digest('hex').slice(0, 16)}@${host}>`;
        try {
          await deps.mailer.send({
            to: r.email,
            from,
            replyTo: newsletter.reply_to || undefined,
            subject: version.subject,
            html,
            text: version.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl),
            language: r.language,
            messageId,
            textEncoding: 'base64',
            headers: {
              'List-Unsubscribe': deps.unsubscribeMailto ? `<${unsubscribeUrl}>, <mailto:${deps.unsubscribeMailto}?subject=unsubscribe>` : `<${unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              'List-Id': `${newsletter.name.replace(/[<>"]/g, '')} <${newsletter.slug}.${host}>`,
              'X-Dateline-Send': sendId,
            },
          });
          await deps.db.updateTable('send_recipients').set({ status: 'delivered', delivered_at: deps.clock.now().toISOString(), message_id: messageId, claimed_by: null, attempts: r.attempts + 1 }).where('id', '=', r.id).execute();
        } catch (error) {
          const failure = classify(error);
          const attempts = r.attempts + 1;
          const final = failure.permanent || attempts >= MAX_ATTEMPTS;
          await deps.db
            .updateTable('send_recipients')
            .set({ status: final ? 'failed' : 'pending', attempts, last_error: failure.message, claimed_by: null, next_attempt_at: final ? null : new Date(deps.clock.now().getTime() + backoff(attempts)).toISOString() })
            .where('id', '=', r.id)
            .execute();
          if (failure.hardBounce) await suppress(deps, r.email, 'hard-bounce', failure.message);
          deps.log.warn({ sendId, recipient: r.id, attempts, permanent: failure.permanent, error: failure.message }, 'newsletter delivery failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.parallel ?? PARALLEL, batch.length) }, worker));
    if (options.signal?.aborted) {
      // Hand back the recipients this run claimed but never started, then the job itself.
      const untouched = batch.slice(next).map((r) => r.id);
      if (untouched.length) await deps.db.updateTable('send_recipients').set({ status: 'pending', claimed_by: null, claimed_until: null }).where('id', 'in', untouched).where('claimed_by', '=', runId).execute();
      throw new JobInterrupted();
    }
  }

  const waiting = await deps.db
    .selectFrom('send_recipients')
    .select((eb) => eb.fn.min('next_attempt_at').as('next'))
    .where('send_id', '=', sendId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (waiting?.next) {
    // Some recipients wait for a retry: come back then, as a new job.
    await deps.enqueue({ kind: DELIVER_JOB, payload: { sendId }, runAt: new Date(waiting.next), dedupeKey: `${DELIVER_JOB}:${sendId}:${waiting.next}`, maxAttempts: 50 });
    return;
  }
  const finished = deps.clock.now().toISOString();
  await deps.db.updateTable('newsletter_sends').set({ status: 'sent', finished_at: finished, updated_at: finished }).where('id', '=', sendId).where('status', '=', 'sending').execute();
}

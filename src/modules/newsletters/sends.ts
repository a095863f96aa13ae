import type { Selectable } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { NewsletterSendTable } from '../../db/schema-newsletters.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { NewsletterDeps, SendReport, SendStatus } from './newsletter-types.js';
import { getNewsletter } from './newsletter-repository.js';

export const PREPARE_JOB = 'newsletter-prepare';
export const DELIVER_JOB = 'newsletter-deliver';

export interface CreateSendInput {
  newsletterId: string;
  postIds: string[];
  subject?: string;
  intro?: string;
  /** Send later; omitted means now. */
  scheduledAt?: string;
  trackOpens?: boolean;
  trackClicks?: boolean;
  createdBy?: string | null;
  /** Keep it as a draft for an editor to review; `startSend` sends it. */
  draft?: boolean;
}

/**
 * Creates a send of one article (or an issue of several) to a newsletter, now or at a time. The
 * audience is fixed when the send starts, not when it is created, so late subscribers are
 * included and people who left are not.
 */
export async function createSend(deps: NewsletterDeps, input: CreateSendInput): Promise<SendReport> {
  const fields: Record<string, string> = {};
  if (!Array.isArray(input.postIds) || input.postIds.length === 0 || input.postIds.length > 30) fields.postIds = 'choose between 1 and 30 articles';
  if (input.subject !== undefined && (typeof input.subject !== 'string' || input.subject.length > 200)) fields.subject = 'must be at most 200 characters';
  if (input.scheduledAt !== undefined && Number.isNaN(Date.parse(input.scheduledAt))) fields.scheduledAt = 'must be an ISO 8601 date-time';
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, `The send is not valid: ${Object.keys(fields).join(', ')}`, fields);
  const newsletter = await getNewsletter(deps.db, input.newsletterId);
  if (newsletter.status !== 'active') throw new AppError('NEWSLETTER_ARCHIVED', 409, 'This newsletter is archived; restore it before sending');
  const posts = await deps.db.selectFrom('posts').select(['id', 'title', 'status']).where('id', 'in', input.postIds).execute();
  if (posts.length !== new Set(input.postIds).size) throw new AppError('POST_NOT_FOUND', 404, 'One of the articles to send does not exist', { postIds: 'unknown article' });
  if (posts.some((p) => p.status === 'archived')) throw new AppError('POST_ARCHIVED', 409, 'Archived articles cannot be sent', { postIds: 'archived' });
  const now = deps.clock.now();
  const runAt = input.scheduledAt ? new Date(input.scheduledAt) : now;
  const first = posts.find((p) => p.id === input.postIds[0])!;
  const id = newId(now.getTime());
  await deps.db
    .insertInto('newsletter_sends')
    .values({
      id,
      newsletter_id: newsletter.id,
      subject: input.subject?.trim() || (input.postIds.length === 1 ? first.title : newsletter.name),
      post_ids: JSON.stringify(input.postIds),
      intro: input.intro?.trim() ?? '',
      status: input.draft ? 'draft' : runAt > now ? 'scheduled' : 'preparing',
      scheduled_at: input.scheduledAt ? runAt.toISOString() : null,
      started_at: null,
      finished_at: null,
      recipients: 0,
      track_opens: input.trackOpens ? 1 : 0,
      track_clicks: input.trackClicks ? 1 : 0,
      created_by: input.createdBy ?? null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
  if (!input.draft) await deps.enqueue({ kind: PREPARE_JOB, payload: { sendId: id }, runAt, dedupeKey: `${PREPARE_JOB}:${id}` });
  return sendReport(deps, id);
}

/** Sends a reviewed draft, now or at a time. */
export async function startSend(deps: NewsletterDeps, id: string, scheduledAt?: string): Promise<SendReport> {
  if (scheduledAt !== undefined && Number.isNaN(Date.parse(scheduledAt))) throw new AppError('VALIDATION_FAILED', 400, 'scheduledAt must be an ISO 8601 date-time', { scheduledAt: 'invalid' });
  const now = deps.clock.now();
  const runAt = scheduledAt ? new Date(scheduledAt) : now;
  const result = await deps.db
    .updateTable('newsletter_sends')
    .set({ status: runAt > now ? 'scheduled' : 'preparing', scheduled_at: scheduledAt ? runAt.toISOString() : null, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('SEND_NOT_DRAFT', 409, 'Only a draft can be sent this way; this send has already been started or does not exist');
  await deps.enqueue({ kind: PREPARE_JOB, payload: { sendId: id }, runAt, dedupeKey: `${PREPARE_JOB}:${id}` });
  return sendReport(deps, id);
}

/**
 * Assembles the daily briefing for an editor to review: a draft send of the day's published
 * stories (excluding pages), newest first, in the newsletter's language.
 */
export async function assembleDigest(deps: NewsletterDeps, newsletterId: string, day: Date): Promise<SendReport | null> {
  const newsletter = await getNewsletter(deps.db, newsletterId);
  const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const end = new Date(start.getTime() + 86_400_000);
  const posts = await deps.db
    .selectFrom('posts')
    .select(['id'])
    .where('status', '=', 'published')
    .where('type', '!=', 'page')
    .where('language', '=', newsletter.language)
    .where('published_at', '>=', start.toISOString())
    .where('published_at', '<', end.toISOString())
    .orderBy('published_at', 'desc')
    .limit(12)
    .execute();
  if (posts.length === 0) return null;
  const label = new Intl.DateTimeFormat(newsletter.language === 'ar' ? 'ar-EG' : newsletter.language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
  return createSend(deps, { newsletterId, postIds: posts.map((p) => p.id), subject: `${newsletter.name}: ${label}`, draft: true });
}

/** Cancels a send that has not started. Once recipients are being written, it goes on. */
export async function cancelSend(deps: { db: Db; clock: Clock }, id: string): Promise<SendReport> {
  const result = await deps.db
    .updateTable('newsletter_sends')
    .set({ status: 'cancelled', updated_at: deps.clock.now().toISOString() })
    .where('id', '=', id)
    .where('status', 'in', ['draft', 'scheduled'])
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const send = await deps.db.selectFrom('newsletter_sends').select('status').where('id', '=', id).executeTakeFirst();
    if (!send) throw new AppError('SEND_NOT_FOUND', 404, 'There is no such send');
    throw new AppError('SEND_ALREADY_STARTED', 409, `This send is ${send.status} and can no longer be cancelled`);
  }
  await deps.db.updateTable('jobs').set({ status: 'cancelled' }).where('dedupe_key', '=', `${PREPARE_JOB}:${id}`).where('status', '=', 'pending').execute();
  return sendReport(deps, id);
}

const count = (rows: { status: string; n: number | string }[], status: string): number => Number(rows.find((r) => r.status === status)?.n ?? 0);

/** Recipients, delivered, failed and unsubscribed since: the per-send report. */
export async function sendReport(deps: { db: Db }, id: string): Promise<SendReport> {
  const send = await deps.db.selectFrom('newsletter_sends').selectAll().where('id', '=', id).executeTakeFirst();
  if (!send) throw new AppError('SEND_NOT_FOUND', 404, 'There is no such send');
  return reportFor(deps.db, send);
}

/** Sends, newest first, a page at a time (`before` is the last id of the previous page). */
export async function listSends(deps: { db: Db }, options: { newsletterId?: string; limit?: number; before?: string } = {}): Promise<{ items: SendReport[]; more: boolean }> {
  const limit = Math.min(options.limit ?? 20, 100);
  let query = deps.db.selectFrom('newsletter_sends').selectAll().orderBy('id', 'desc').limit(limit + 1);
  if (options.newsletterId) query = query.where('newsletter_id', '=', options.newsletterId);
  if (options.before) query = query.where('id', '<', options.before);
  const rows = await query.execute();
  const items = await Promise.all(rows.slice(0, limit).map((r) => reportFor(deps.db, r)));
  return { items, more: rows.length > limit };
}

async function reportFor(db: Db, send: Selectable<NewsletterSendTable>): Promise<SendReport> {
  const rows = await db.selectFrom('send_recipients').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('send_id', '=', send.id).groupBy('status').execute();
  const engagement = await db
    .selectFrom('send_recipients')
    .select([(eb) => eb.fn.count<number>('opened_at').as('opens'), (eb) => eb.fn.count<number>('clicked_at').as('clicks')])
    .where('send_id', '=', send.id)
    .executeTakeFirst();
  const since = send.started_at ?? send.created_at;
  const left = await db
    .selectFrom('newsletter_subscriptions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('newsletter_id', '=', send.newsletter_id)
    .where('status', '=', 'unsubscribed')
    .where('updated_at', '>=', since)
    .where('subscriber_id', 'in', (eb) => eb.selectFrom('send_recipients').select('subscriber_id').where('send_id', '=', send.id))
    .executeTakeFirst();
  return {
    id: send.id,
    newsletterId: send.newsletter_id,
    subject: send.subject,
    postIds: JSON.parse(send.post_ids) as string[],
    status: send.status as SendStatus,
    scheduledAt: send.scheduled_at,
    startedAt: send.started_at,
    finishedAt: send.finished_at,
    recipients: send.recipients,
    pending: count(rows, 'pending') + count(rows, 'sending'),
    delivered: count(rows, 'delivered'),
    failed: count(rows, 'failed'),
    skipped: count(rows, 'skipped'),
    unsubscribedSince: Number(left?.n ?? 0),
    trackOpens: send.track_opens === 1,
    trackClicks: send.track_clicks === 1,
    opens: send.track_opens === 1 ? Number(engagement?.opens ?? 0) : null,
    clicks: send.track_clicks === 1 ? Number(engagement?.clicks ?? 0) : null,
  };
}

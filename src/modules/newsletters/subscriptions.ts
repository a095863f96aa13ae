import { createHash } from 'node:crypto';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId, newSecret } from '../../kernel/ids.js';
import type { NewsletterDeps } from './newsletter-types.js';
import { isSuppressed, normalizeEmail } from './suppression.js';

const CONFIRM_TTL_MS = 48 * 3_600_000;
const CONFIRMATIONS_PER_HOUR = 3;
const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,190}\.[^\s@<>]{2,}$/;
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The subscriber row for an address, created when missing. */
export async function ensureSubscriber(deps: { db: Db; clock: Clock }, email: string, options: { memberId?: string | null; language?: string; confirmed?: boolean } = {}): Promise<{ id: string; confirmed: boolean }> {
  const address = normalizeEmail(email);
  if (!EMAIL.test(address)) throw new AppError('INVALID_EMAIL', 400, 'Enter a valid email address, like name@example.org', { email: 'invalid' });
  const now = deps.clock.now().toISOString();
  await deps.db
    .insertInto('subscribers')
    .values({ id: newId(deps.clock.now().getTime()), email: address, member_id: options.memberId ?? null, language: options.language ?? 'en', created_at: now, confirmed_at: options.confirmed ? now : null })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  const row = await deps.db.selectFrom('subscribers').select(['id', 'confirmed_at', 'member_id']).where('email', '=', address).executeTakeFirstOrThrow();
  if ((options.confirmed && !row.confirmed_at) || (options.memberId && row.member_id !== options.memberId)) {
    await deps.db
      .updateTable('subscribers')
      .set({ ...(options.confirmed && !row.confirmed_at ? { confirmed_at: now } : {}), ...(options.memberId ? { member_id: options.memberId } : {}) })
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, confirmed: Boolean(row.confirmed_at) || Boolean(options.confirmed) };
}

async function setStatus(db: Db, now: string, subscriberId: string, newsletterId: string, status: 'pending' | 'subscribed' | 'unsubscribed', source: string): Promise<void> {
  await db
    .insertInto('newsletter_subscriptions')
    .values({ newsletter_id: newsletterId, subscriber_id: subscriberId, status, source, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['newsletter_id', 'subscriber_id']).doUpdateSet({ status, updated_at: now }))
    .execute();
}

/** Newsletters a public form may offer: active ones open to anyone. */
async function openNewsletterIds(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('newsletters').select('id').where('id', 'in', ids).where('status', '=', 'active').where('audience', '=', 'anyone').execute();
  return rows.map((r) => r.id);
}

/**
 * Double opt-in for a reader without an account: records the wish as pending and emails a link
 * that confirms it. The answer is the same whether or not the address is known or suppressed, so
 * the form tells nobody who subscribes to what.
 */
export async function requestSubscription(deps: NewsletterDeps, input: { email: string; newsletterIds: string[]; language?: string }): Promise<void> {
  const ids = await openNewsletterIds(deps.db, [...new Set(input.newsletterIds)]);
  if (ids.length === 0) throw new AppError('NO_NEWSLETTER_CHOSEN', 400, 'Choose at least one newsletter to subscribe to', { newsletters: 'required' });
  const subscriber = await ensureSubscriber(deps, input.email, { language: input.language });
  const now = deps.clock.now();
  const since = new Date(now.getTime() - 3_600_000).toISOString();
  const recent = await deps.db.selectFrom('subscription_confirmations').select((eb) => eb.fn.countAll<number>().as('n')).where('subscriber_id', '=', subscriber.id).where('created_at', '>', since).executeTakeFirst();
  if (Number(recent?.n ?? 0) >= CONFIRMATIONS_PER_HOUR) {
    throw new AppError('TOO_MANY_REQUESTS', 429, 'We have already sent several confirmation emails to this address in the last hour. Please check your inbox, or try again in an hour.');
  }
  for (const id of ids) {
    const current = await deps.db.selectFrom('newsletter_subscriptions').select('status').where('newsletter_id', '=', id).where('subscriber_id', '=', subscriber.id).executeTakeFirst();
    if (current?.status !== 'subscribed') await setStatus(deps.db, now.toISOString(), subscriber.id, id, 'pending', 'form');
  }
  if (await isSuppressed(deps.db, input.email)) return;
  const token = newSecret(24);
  await deps.db
    .insertInto('subscription_confirmations')
    .values({ token_hash: hashToken(token), subscriber_id: subscriber.id, newsletter_ids: JSON.stringify(ids), expires_at: new Date(now.getTime() + CONFIRM_TTL_MS).toISOString(), used_at: null, created_at: now.toISOString() })
    .execute();
  const names = await deps.db.selectFrom('newsletters').select('name').where('id', 'in', ids).execute();
  const link = `${deps.publicUrl}/newsletters/confirm?token=${token}`;
  const arabic = (input.language ?? 'en') === 'ar';
  const list = names.map((n) => n.name).join(', ');
  const text = arabic
    ? `طلبتَ الاشتراك في: ${list}.\n\nلتأكيد الاشتراك افتح هذا الرابط واضغط «تأكيد»:\n${link}\n\nإن لم تطلب ذلك فتجاهل هذه الرسالة ولن تصلك أي رسائل.`
    : `You asked to subscribe to: ${list}.\n\nTo confirm, open this link and press "Confirm":\n${link}\n\nIf you did not ask for this, ignore this email and you will receive nothing.`;
  const html = `<div dir="${arabic ? 'rtl' : 'ltr'}" lang="${arabic ? 'ar' : 'en'}"><p>${text.split('\n\n')[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p><p><a href="${link}">${arabic ? 'تأكيد الاشتراك' : 'Confirm my subscription'}</a></p><p>${(arabic ? 'إن لم تطلب ذلك فتجاهل هذه الرسالة.' : 'If you did not ask for this, ignore this email.')}</p></div>`;
  await deps.mailer.send({ to: normalizeEmail(input.email), subject: arabic ? `أكّد اشتراكك في ${deps.siteName}` : `Confirm your subscription to ${deps.siteName}`, text, html, language: arabic ? 'ar' : 'en' });
}

/** Confirms a double opt-in link (POST from the confirm page; GET only shows the button). */
export async function confirmSubscription(deps: { db: Db; clock: Clock }, token: string): Promise<{ newsletterIds: string[] }> {
  const now = deps.clock.now().toISOString();
  const row = await deps.db.selectFrom('subscription_confirmations').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row || row.used_at || row.expires_at <= now) {
    throw new AppError('CONFIRMATION_INVALID', 400, 'This confirmation link has expired or was already used. Subscribe again to get a new one.');
  }
  const ids = JSON.parse(row.newsletter_ids) as string[];
  await deps.db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('subscription_confirmations').set({ used_at: now }).where('token_hash', '=', row.token_hash).where('used_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new AppError('CONFIRMATION_INVALID', 400, 'This confirmation link was already used.');
    await trx.updateTable('subscribers').set({ confirmed_at: now }).where('id', '=', row.subscriber_id).where('confirmed_at', 'is', null).execute();
    for (const id of ids) await setStatus(trx, now, row.subscriber_id, id, 'subscribed', 'form');
  });
  return { newsletterIds: ids };
}

/** A signed-in member's choices from the account page: the address is already verified, so no double opt-in. */
export async function setMemberNewsletters(deps: { db: Db; clock: Clock }, member: { id: string; email: string; language?: string; paid: boolean }, newsletterIds: string[]): Promise<void> {
  const subscriber = await ensureSubscriber(deps, member.email, { memberId: member.id, language: member.language, confirmed: true });
  const all = await deps.db.selectFrom('newsletters').select(['id', 'audience']).where('status', '=', 'active').execute();
  const wanted = new Set(newsletterIds);
  const now = deps.clock.now().toISOString();
  for (const n of all) {
    const allowed = n.audience !== 'paid' || member.paid;
    if (wanted.has(n.id) && allowed) await setStatus(deps.db, now, subscriber.id, n.id, 'subscribed', 'account');
    else {
      const current = await deps.db.selectFrom('newsletter_subscriptions').select('status').where('newsletter_id', '=', n.id).where('subscriber_id', '=', subscriber.id).executeTakeFirst();
      if (current && current.status !== 'unsubscribed') await setStatus(deps.db, now, subscriber.id, n.id, 'unsubscribed', 'account');
    }
  }
}

/** Subscribes an address directly (an admin adding a member, an import): recorded as confirmed. */
export async function subscribeDirectly(deps: { db: Db; clock: Clock }, input: { email: string; memberId?: string | null; language?: string; newsletterIds: string[]; source: 'admin' | 'import' }): Promise<void> {
  const subscriber = await ensureSubscriber(deps, input.email, { memberId: input.memberId, language: input.language, confirmed: true });
  const now = deps.clock.now().toISOString();
  for (const id of input.newsletterIds) await setStatus(deps.db, now, subscriber.id, id, 'subscribed', input.source);
}

/** Ends one subscription (the one-click unsubscribe). Idempotent. */
export async function unsubscribe(deps: { db: Db; clock: Clock }, subscriberId: string, newsletterId: string): Promise<void> {
  await deps.db
    .updateTable('newsletter_subscriptions')
    .set({ status: 'unsubscribed', updated_at: deps.clock.now().toISOString() })
    .where('subscriber_id', '=', subscriberId)
    .where('newsletter_id', '=', newsletterId)
    .execute();
}

/** The newsletters an address is subscribed to (for the account page). */
export async function subscribedNewsletterIds(db: Db, email: string): Promise<string[]> {
  const rows = await db
    .selectFrom('newsletter_subscriptions')
    .innerJoin('subscribers', 'subscribers.id', 'newsletter_subscriptions.subscriber_id')
    .select('newsletter_subscriptions.newsletter_id')
    .where('subscribers.email', '=', normalizeEmail(email))
    .where('newsletter_subscriptions.status', '=', 'subscribed')
    .execute();
  return rows.map((r) => r.newsletter_id);
}

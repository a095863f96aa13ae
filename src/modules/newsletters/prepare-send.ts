import { newId } from '../../kernel/ids.js';
import type { NewsletterDeps } from './newsletter-types.js';
import { DELIVER_JOB } from './sends.js';

const PAGE = 1000;

/**
 * Job: fixes the audience of a send. Pages through the newsletter's confirmed subscribers, drops
 * suppressed addresses and those the newsletter's audience excludes, and writes one recipient row
 * each with the version they get (free or paid). Safe to run again after a crash: rows are
 * unique per (send, subscriber), so a rerun adds only what is missing.
 */
export async function prepareSend(deps: NewsletterDeps, sendId: string): Promise<void> {
  const send = await deps.db.selectFrom('newsletter_sends').selectAll().where('id', '=', sendId).executeTakeFirst();
  if (!send || send.status === 'cancelled' || send.status === 'sent' || send.status === 'sending') return;
  const newsletter = await deps.db.selectFrom('newsletters').select(['id', 'audience', 'language']).where('id', '=', send.newsletter_id).executeTakeFirstOrThrow();
  const now = deps.clock.now().toISOString();
  await deps.db.updateTable('newsletter_sends').set({ status: 'preparing', updated_at: now }).where('id', '=', sendId).execute();
  let after = '';
  for (;;) {
    const page = await deps.db
      .selectFrom('newsletter_subscriptions')
      .innerJoin('subscribers', 'subscribers.id', 'newsletter_subscriptions.subscriber_id')
      .leftJoin('suppressions', 'suppressions.email', 'subscribers.email')
      .select(['subscribers.id', 'subscribers.email', 'subscribers.language', 'subscribers.member_id'])
      .where('newsletter_subscriptions.newsletter_id', '=', newsletter.id)
      .where('newsletter_subscriptions.status', '=', 'subscribed')
      .where('subscribers.confirmed_at', 'is not', null)
      .where('suppressions.email', 'is', null)
      .where('subscribers.id', '>', after)
      .orderBy('subscribers.id')
      .limit(PAGE)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const tiers = await deps.readerTier(page.map((r) => r.email));
    const rows = page.flatMap((r) => {
      const tier = tiers.get(r.email) ?? { member: false, paid: false };
      if (newsletter.audience === 'members' && !tier.member) return [];
      if (newsletter.audience === 'paid' && !tier.paid) return [];
      return [{
        id: newId(),
        send_id: sendId,
        subscriber_id: r.id,
        email: r.email,
        variant: tier.paid ? 'paid' : 'free',
        language: newsletter.language,
        status: 'pending',
        attempts: 0,
        claimed_by: null,
        claimed_until: null,
        next_attempt_at: null,
        message_id: null,
        last_error: null,
        delivered_at: null,
        opened_at: null,
        clicked_at: null,
      }];
    });
    if (rows.length) await deps.db.insertInto('send_recipients').values(rows).onConflict((oc) => oc.columns(['send_id', 'subscriber_id']).doNothing()).execute();
  }
  const total = await deps.db.selectFrom('send_recipients').select((eb) => eb.fn.countAll<number>().as('n')).where('send_id', '=', sendId).executeTakeFirst();
  await deps.db
    .updateTable('newsletter_sends')
    .set({ status: 'sending', recipients: Number(total?.n ?? 0), started_at: send.started_at ?? deps.clock.now().toISOString(), updated_at: deps.clock.now().toISOString() })
    .where('id', '=', sendId)
    .execute();
  await deps.enqueue({ kind: DELIVER_JOB, payload: { sendId }, dedupeKey: `${DELIVER_JOB}:${sendId}`, maxAttempts: 50 });
}

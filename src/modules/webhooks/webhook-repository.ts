import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { WebhookDeliveryTable, WebhookTable } from '../../db/schema-webhooks.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { isId, newId, newSecret } from '../../kernel/ids.js';
import { requirePermission, type Actor } from '../newsroom/index.js';
import { assertPublicUrl } from '../safe-http/index.js';
import { WEBHOOK_EVENTS, type Webhook, type WebhookDelivery, type WebhookEvent } from './webhook-types.js';

export interface WebhooksDeps {
  db: Db;
  clock: Clock;
  /** Lets webhooks target servers on the machine's own network: for tests (OUTBOUND_ALLOW_PRIVATE=1). */
  allowPrivateTargets?: boolean;
}

export function toWebhook(row: Selectable<WebhookTable>): Webhook {
  return {
    id: row.id,
    name: row.name,
    url: row.target_url,
    events: JSON.parse(row.events) as WebhookEvent[],
    active: row.active === 1,
    secretHint: `…${row.secret.slice(-4)}`,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastDeliveryAt: row.last_delivery_at,
    lastStatus: row.last_status as Webhook['lastStatus'],
    lastResponseCode: row.last_response_code,
  };
}

export function toDelivery(row: Selectable<WebhookDeliveryTable>): WebhookDelivery {
  return {
    id: row.id,
    event: row.event,
    postId: row.post_id,
    status: row.status as WebhookDelivery['status'],
    attempts: row.attempts,
    responseCode: row.response_code,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkEvents(events: string[] | undefined): WebhookEvent[] {
  const list = events ?? [...WEBHOOK_EVENTS];
  const unknown = list.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
  if (unknown.length > 0 || list.length === 0) {
    throw new AppError('WEBHOOK_EVENTS_INVALID', 400, `Choose one or more of ${WEBHOOK_EVENTS.join(', ')}`, { events: unknown.length ? `unknown: ${unknown.join(', ')}` : 'empty' });
  }
  return [...new Set(list)] as WebhookEvent[];
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new AppError('WEBHOOK_NAME_INVALID', 400, 'Give the webhook a name of 1 to 100 characters', { name: 'invalid' });
  return trimmed;
}

const notFound = () => new AppError('WEBHOOK_NOT_FOUND', 404, 'There is no webhook with this id');

async function row(db: Db, id: string): Promise<Selectable<WebhookTable>> {
  if (!isId(id)) throw notFound();
  const found = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!found) throw notFound();
  return found;
}

export async function listWebhooks(db: Db, actor: Actor): Promise<Webhook[]> {
  requirePermission(actor, 'webhooks.manage');
  return (await db.selectFrom('webhooks').selectAll().orderBy('id').execute()).map(toWebhook);
}

export async function getWebhook(db: Db, actor: Actor, id: string): Promise<Webhook> {
  requirePermission(actor, 'webhooks.manage');
  return toWebhook(await row(db, id));
}

/**
 * Adds a webhook. Its URL must be http(s) and resolve only to public addresses (a webhook must
 * not become a way to probe the server's own network). Returns the signing secret, shown once.
 */
export async function createWebhook(deps: WebhooksDeps, actor: Actor, input: { name: string; url: string; events?: string[]; active?: boolean }): Promise<{ webhook: Webhook; secret: string }> {
  requirePermission(actor, 'webhooks.manage');
  const url = await assertPublicUrl(input.url, deps.allowPrivateTargets);
  const now = deps.clock.now().toISOString();
  const secret = `whsec_${newSecret(24)}`;
  const id = newId(deps.clock.now().getTime());
  await deps.db
    .insertInto('webhooks')
    .values({ id, name: checkName(input.name), target_url: url.toString(), events: JSON.stringify(checkEvents(input.events)), secret, active: input.active === false ? 0 : 1, created_at: now, updated_at: now, last_delivery_at: null, last_status: null, last_response_code: null })
    .execute();
  return { webhook: toWebhook(await row(deps.db, id)), secret };
}

export async function updateWebhook(deps: WebhooksDeps, actor: Actor, id: string, changes: { name?: string; url?: string; events?: string[]; active?: boolean }): Promise<Webhook> {
  requirePermission(actor, 'webhooks.manage');
  await row(deps.db, id);
  const set: Updateable<WebhookTable> = { updated_at: deps.clock.now().toISOString() };
  if (changes.name !== undefined) set.name = checkName(changes.name);
  if (changes.url !== undefined) set.target_url = (await assertPublicUrl(changes.url, deps.allowPrivateTargets)).toString();
  if (changes.events !== undefined) set.events = JSON.stringify(checkEvents(changes.events));
  if (changes.active !== undefined) set.active = changes.active ? 1 : 0;
  await deps.db.updateTable('webhooks').set(set).where('id', '=', id).execute();
  return toWebhook(await row(deps.db, id));
}

/** Replaces the signing secret; the old one stops working at once. */
export async function rotateWebhookSecret(deps: WebhooksDeps, actor: Actor, id: string): Promise<{ webhook: Webhook; secret: string }> {
  requirePermission(actor, 'webhooks.manage');
  await row(deps.db, id);
  const secret = `whsec_${newSecret(24)}`;
  await deps.db.updateTable('webhooks').set({ secret, updated_at: deps.clock.now().toISOString() }).where('id', '=', id).execute();
  return { webhook: toWebhook(await row(deps.db, id)), secret };
}

export async function deleteWebhook(db: Db, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'webhooks.manage');
  await row(db, id);
  await db.deleteFrom('webhooks').where('id', '=', id).execute();
}

/** A webhook's most recent deliveries, newest first (`cursor`: the last id of the previous page). */
export async function listDeliveries(db: Db, actor: Actor, webhookId: string, limit: number, cursor?: string): Promise<{ items: WebhookDelivery[]; nextCursor: string | null }> {
  requirePermission(actor, 'webhooks.manage');
  await row(db, webhookId);
  let q = db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId);
  if (cursor) q = q.where('id', '<', cursor);
  const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  return { items: page.map(toDelivery), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}

/** The active webhooks listening for `event`, with their secrets: for the delivery code only. */
export async function webhooksFor(db: Db, event: WebhookEvent | 'ping'): Promise<Selectable<WebhookTable>[]> {
  const rows = await db.selectFrom('webhooks').selectAll().where('active', '=', 1).execute();
  return rows.filter((r) => event === 'ping' || (JSON.parse(r.events) as string[]).includes(event));
}

export async function webhookSecret(db: Db, id: string): Promise<{ secret: string; url: string; active: boolean } | undefined> {
  const found = await db.selectFrom('webhooks').select(['secret', 'target_url', 'active']).where('id', '=', id).executeTakeFirst();
  return found && { secret: found.secret, url: found.target_url, active: found.active === 1 };
}

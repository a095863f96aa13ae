import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { hashToken, newToken } from './secret-tokens.js';

export const PREVIEW_TTL_MS = 7 * 24 * 3_600_000;
export const PREVIEW_MAX_TTL_MS = 30 * 24 * 3_600_000;

/**
 * A private link to an article that may not be published yet: /preview/<token>. Anyone holding
 * the link can read the article until it expires; only the token's hash is stored. Callers check
 * that the actor may preview the article first.
 */
export async function createPreviewToken(deps: { db: Db; clock: Clock }, postId: string, createdBy: string | null, ttlMs = PREVIEW_TTL_MS): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + Math.min(Math.max(ttlMs, 60_000), PREVIEW_MAX_TTL_MS)).toISOString();
  await deps.db.insertInto('preview_tokens').values({ id: hashToken(token), post_id: postId, created_by: createdBy, created_at: now.toISOString(), expires_at: expiresAt }).execute();
  return { token, expiresAt };
}

/** The post a live preview token opens, or undefined when it is unknown or expired. */
export async function resolvePreviewToken(deps: { db: Db; clock: Clock }, token: string): Promise<string | undefined> {
  if (!token || token.length > 200) return undefined;
  const row = await deps.db.selectFrom('preview_tokens').select(['post_id', 'expires_at']).where('id', '=', hashToken(token)).executeTakeFirst();
  if (!row || row.expires_at <= deps.clock.now().toISOString()) return undefined;
  return row.post_id;
}

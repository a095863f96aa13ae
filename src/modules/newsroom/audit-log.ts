import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { Actor } from './newsroom-types.js';

export interface AuditEntry {
  id: string;
  actor: { kind: 'staff' | 'key' | 'system' | 'cli'; id: string | null; name: string | null };
  action: string;
  postId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

/**
 * Writes who did what to which article (or account). `actor` null means the operator at the
 * command line. Pass a transaction as `db` to record the entry with the change it describes.
 */
export async function recordAudit(deps: { db: Db; clock: Clock }, actor: Actor | null, action: string, postId: string | null, details: Record<string, unknown> = {}): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .insertInto('audit_log')
    .values({
      id: newId(now.getTime()),
      actor_kind: actor?.kind ?? 'cli',
      actor_id: actor && actor.kind !== 'system' ? actor.id : null,
      action,
      post_id: postId,
      details: JSON.stringify({ ...details, ...(actor ? { actorName: actor.name } : {}) }),
      created_at: now.toISOString(),
    })
    .execute();
}

/** The history of one article, newest first. */
export async function listPostAudit(db: Db, postId: string, limit = 100): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().where('post_id', '=', postId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => {
    const details = JSON.parse(r.details) as Record<string, unknown>;
    const { actorName, ...rest } = details;
    return {
      id: r.id,
      actor: { kind: r.actor_kind as AuditEntry['actor']['kind'], id: r.actor_id, name: typeof actorName === 'string' ? actorName : null },
      action: r.action,
      postId: r.post_id,
      details: rest,
      createdAt: r.created_at,
    };
  });
}

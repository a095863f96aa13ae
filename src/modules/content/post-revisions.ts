import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { staffIdOf, type Actor } from '../newsroom/index.js';
import type { PostSnapshot } from './post-snapshot.js';

export interface RevisionSummary {
  id: string;
  postId: string;
  version: number;
  /** Who saved it: a staff id, "key:<id>" for an API key, or "system" for the scheduler. */
  staffId: string | null;
  actor: string;
  createdAt: string;
  title: string;
  status: string;
}

export interface Revision extends RevisionSummary {
  snapshot: PostSnapshot;
}

const actorLabel = (actor: Actor): string => (actor.kind === 'system' ? 'system' : `${actor.kind}:${actor.id}`);

/** Keeps the state of a post at a version. Called inside the transaction that made the version. */
export async function writeRevision(deps: { db: Db; clock: Clock }, postId: string, version: number, snapshot: PostSnapshot, actor: Actor): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .insertInto('post_revisions')
    .values({ id: newId(now.getTime()), post_id: postId, version, snapshot: JSON.stringify(snapshot), staff_id: staffIdOf(actor), actor: actorLabel(actor), created_at: now.toISOString() })
    .execute();
}

/** Every revision of a post, newest first, without the bodies. */
export async function listRevisions(db: Db, postId: string): Promise<RevisionSummary[]> {
  const rows = await db.selectFrom('post_revisions').selectAll().where('post_id', '=', postId).orderBy('version', 'desc').execute();
  return rows.map((r) => {
    const snapshot = JSON.parse(r.snapshot) as PostSnapshot;
    return { id: r.id, postId: r.post_id, version: r.version, staffId: r.staff_id, actor: r.actor, createdAt: r.created_at, title: snapshot.title, status: snapshot.status };
  });
}

/** One revision by id or by version number, with its full snapshot. */
export async function getRevision(db: Db, postId: string, ref: string | number): Promise<Revision> {
  let query = db.selectFrom('post_revisions').selectAll().where('post_id', '=', postId);
  const asVersion = typeof ref === 'number' ? ref : /^\d{1,9}$/.test(ref) ? Number(ref) : undefined;
  query = asVersion !== undefined ? query.where('version', '=', asVersion) : query.where('id', '=', String(ref));
  const r = await query.executeTakeFirst();
  if (!r) throw new AppError('REVISION_NOT_FOUND', 404, `This article has no revision "${ref}"`);
  const snapshot = JSON.parse(r.snapshot) as PostSnapshot;
  return { id: r.id, postId: r.post_id, version: r.version, staffId: r.staff_id, actor: r.actor, createdAt: r.created_at, title: snapshot.title, status: snapshot.status, snapshot };
}

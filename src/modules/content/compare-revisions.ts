import type { Db } from '../../db/database-handle.js';
import { getRevision, type RevisionSummary } from './post-revisions.js';
import { diffSnapshots, type RevisionDiff } from './revision-diff.js';

/** Two revisions of a post (ids or version numbers) and what changed between them. */
export async function compareRevisions(db: Db, postId: string, from: string, to: string): Promise<{ from: RevisionSummary; to: RevisionSummary } & RevisionDiff> {
  const [a, b] = await Promise.all([getRevision(db, postId, from), getRevision(db, postId, to)]);
  const { snapshot: sa, ...fromSummary } = a;
  const { snapshot: sb, ...toSummary } = b;
  return { from: fromSummary, to: toSummary, ...diffSnapshots(sa, sb) };
}

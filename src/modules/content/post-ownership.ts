import type { Actor } from '../newsroom/index.js';

/**
 * Is this article the actor's own? It is when they created it, or when their author profile is
 * among its bylines. Keys and the system own nothing (their role decides alone).
 */
export function isOwnPost(actor: Actor, post: { createdBy: string | null; authorIds: string[] }): boolean {
  if (actor.kind !== 'staff') return false;
  if (post.createdBy === actor.id) return true;
  return actor.authorId !== null && post.authorIds.includes(actor.authorId);
}

import { AppError } from '../../kernel/errors.js';
import type { Actor, StaffRole } from './newsroom-types.js';

/**
 * Everything a role may be allowed to do. Post operations distinguish the actor's own articles
 * (bylined to their author profile, or created by them) from everyone else's.
 */
export const OPERATIONS = [
  'post.read',
  'post.create',
  'post.edit',
  'post.edit-published',
  'post.submit',
  'post.review',
  'post.publish',
  'post.unpublish',
  'post.archive',
  'post.delete',
  'post.correct',
  'post.preview',
  'taxonomy.manage',
  'media.upload',
  'audit.read',
  'staff.manage',
  'keys.manage',
  'settings.manage',
  'members.manage',
  'billing.manage',
  'webhooks.manage',
  'newsletters.send',
  'newsletters.manage',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** 'own': only for the actor's own articles; true: for anyone's; false: never. */
type Grant = boolean | 'own';

/**
 * The permissions table. Contributors write and submit their own drafts; authors also publish
 * their own; editors do everything editorial for everyone (including corrections); admins also
 * run the outlet (staff, keys, settings, members, billing, webhooks).
 */
const TABLE: Record<Operation, Record<StaffRole, Grant>> = {
  'post.read': { contributor: true, author: true, editor: true, admin: true },
  'post.create': { contributor: true, author: true, editor: true, admin: true },
  'post.edit': { contributor: 'own', author: 'own', editor: true, admin: true },
  'post.edit-published': { contributor: false, author: 'own', editor: true, admin: true },
  'post.submit': { contributor: 'own', author: 'own', editor: true, admin: true },
  'post.review': { contributor: false, author: false, editor: true, admin: true },
  'post.publish': { contributor: false, author: 'own', editor: true, admin: true },
  'post.unpublish': { contributor: false, author: 'own', editor: true, admin: true },
  'post.archive': { contributor: false, author: 'own', editor: true, admin: true },
  'post.delete': { contributor: 'own', author: 'own', editor: true, admin: true },
  'post.correct': { contributor: false, author: false, editor: true, admin: true },
  'post.preview': { contributor: 'own', author: 'own', editor: true, admin: true },
  'taxonomy.manage': { contributor: false, author: false, editor: true, admin: true },
  'media.upload': { contributor: true, author: true, editor: true, admin: true },
  'audit.read': { contributor: false, author: false, editor: true, admin: true },
  'staff.manage': { contributor: false, author: false, editor: false, admin: true },
  'keys.manage': { contributor: false, author: false, editor: false, admin: true },
  'settings.manage': { contributor: false, author: false, editor: false, admin: true },
  'members.manage': { contributor: false, author: false, editor: false, admin: true },
  'billing.manage': { contributor: false, author: false, editor: false, admin: true },
  'webhooks.manage': { contributor: false, author: false, editor: false, admin: true },
  'newsletters.send': { contributor: false, author: false, editor: true, admin: true },
  'newsletters.manage': { contributor: false, author: false, editor: false, admin: true },
};

/**
 * May a role do this? `isOwn` says whether the article is the actor's own; it matters only for
 * grants limited to one's own articles.
 *
 * @example can('author', 'post.publish', { isOwn: false }) // false: authors publish only their own
 */
export function can(role: StaffRole, operation: Operation, context: { isOwn?: boolean } = {}): boolean {
  const grant = TABLE[operation]?.[role];
  if (grant === 'own') return context.isOwn === true;
  return grant === true;
}

const DESCRIBE: Partial<Record<Operation, string>> = {
  'post.edit': 'edit this article',
  'post.edit-published': 'change an article that is published or scheduled',
  'post.submit': 'submit this article for review',
  'post.review': 'approve or send back articles in review',
  'post.publish': 'publish or schedule this article',
  'post.unpublish': 'unpublish this article',
  'post.archive': 'archive this article',
  'post.delete': 'delete this article',
  'post.correct': 'add corrections',
  'post.preview': 'make a preview link for this article',
  'newsletters.send': 'send newsletters',
  'newsletters.manage': 'create or change newsletters and the suppression list',
};

/** Throws 403 FORBIDDEN, with a sentence naming what was refused, unless the actor may do it. */
export function requirePermission(actor: Actor, operation: Operation, context: { isOwn?: boolean } = {}): void {
  if (can(actor.role, operation, context)) return;
  const what = DESCRIBE[operation] ?? `perform "${operation}"`;
  throw new AppError('FORBIDDEN', 403, `Your role (${actor.role}) may not ${what}.`);
}

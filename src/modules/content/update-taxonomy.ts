import type { Db } from '../../db/database-handle.js';
import { AppError } from '../../kernel/errors.js';
import type { EventBus } from '../../kernel/events.js';
import { isId } from '../../kernel/ids.js';
import { requirePermission, type Actor } from '../newsroom/index.js';
import { createAuthor, createTag, type TaxonomyDeps } from './create-taxonomy.js';
import { TAG_KINDS, type Author, type Tag, type TagKind } from './content-types.js';
import { loadMedia, mediaToImage, parseNames } from './hydrate.js';
import { isSlug, slugify } from './slugify.js';

/** A tag or author with how many articles use it: what the newsroom's lists show. */
export type TagWithCount = Tag & { posts: number };
export type AuthorWithCount = Author & { posts: number };

const tagNotFound = () => new AppError('TAG_NOT_FOUND', 404, 'There is no tag with this id');
const authorNotFound = () => new AppError('AUTHOR_NOT_FOUND', 404, 'There is no author with this id');

function checkSlug(slug: string): string {
  if (!isSlug(slug)) throw new AppError('INVALID_SLUG', 400, `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens`, { slug: 'invalid' });
  return slug;
}

async function slugFree(db: Db, table: 'tags' | 'authors', slug: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom(table).select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new AppError('SLUG_TAKEN', 409, `Another ${table === 'tags' ? 'tag' : 'author'} already uses the slug "${slug}"`, { slug: 'taken' });
}

async function countUses(db: Db, table: 'post_tags' | 'post_authors', ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows =
    table === 'post_tags'
      ? await db.selectFrom('post_tags').select(['tag_id as id', (eb) => eb.fn.countAll<string | number>().as('n')]).where('tag_id', 'in', ids).groupBy('tag_id').execute()
      : await db.selectFrom('post_authors').select(['author_id as id', (eb) => eb.fn.countAll<string | number>().as('n')]).where('author_id', 'in', ids).groupBy('author_id').execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/**
 * Tags for the newsroom, by name, `limit` at a time after `cursor` (the last name and id of the
 * previous page), optionally only one kind or those whose name contains `query`.
 */
export async function listTagsPage(db: Db, options: { limit: number; after?: { name: string; id: string }; kind?: TagKind; query?: string }): Promise<{ items: TagWithCount[]; more: boolean }> {
  let q = db.selectFrom('tags').selectAll();
  if (options.kind) q = q.where('kind', '=', options.kind);
  if (options.query?.trim()) q = q.where((eb) => eb(eb.fn('lower', ['name']), 'like', `%${options.query!.trim().toLowerCase()}%`));
  const after = options.after;
  if (after) q = q.where((eb) => eb.or([eb('name', '>', after.name), eb.and([eb('name', '=', after.name), eb('id', '>', after.id)])]));
  const rows = await q.orderBy('name').orderBy('id').limit(options.limit + 1).execute();
  const page = rows.slice(0, options.limit);
  const counts = await countUses(db, 'post_tags', page.map((r) => r.id));
  return {
    items: page.map((r) => ({ id: r.id, slug: r.slug, kind: r.kind as TagKind, name: r.name, names: parseNames(r.names), description: r.description, posts: counts.get(r.id) ?? 0 })),
    more: rows.length > options.limit,
  };
}

export async function getTag(db: Db, id: string): Promise<TagWithCount> {
  if (!isId(id)) throw tagNotFound();
  const r = await db.selectFrom('tags').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw tagNotFound();
  const counts = await countUses(db, 'post_tags', [id]);
  return { id: r.id, slug: r.slug, kind: r.kind as TagKind, name: r.name, names: parseNames(r.names), description: r.description, posts: counts.get(id) ?? 0 };
}

/** What an edit of a tag or author needs: it announces the change, so pages and search follow (`taxonomy.changed`). */
export interface TaxonomyEditDeps {
  db: Db;
  events: EventBus;
}

/** Renames, re-slugs or re-kinds a tag. Articles keep it; their tag links follow the new slug. */
export async function updateTag({ db, events }: TaxonomyEditDeps, actor: Actor, id: string, changes: { name?: string; slug?: string; kind?: TagKind; names?: Record<string, string>; description?: string }): Promise<TagWithCount> {
  requirePermission(actor, 'taxonomy.manage');
  await getTag(db, id);
  if (changes.kind !== undefined && !TAG_KINDS.includes(changes.kind)) throw new AppError('INVALID_TAG_KIND', 400, `Tag kind must be one of ${TAG_KINDS.join(', ')}`, { kind: 'invalid' });
  if (changes.slug !== undefined) await slugFree(db, 'tags', checkSlug(changes.slug), id);
  const set = {
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
    ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
    ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
    ...(changes.names !== undefined ? { names: JSON.stringify(changes.names) } : {}),
    ...(changes.description !== undefined ? { description: changes.description } : {}),
  };
  if (Object.keys(set).length > 0) {
    await db.updateTable('tags').set(set).where('id', '=', id).execute();
    await events.emit('taxonomy.changed', { kind: 'tag', id });
  }
  return getTag(db, id);
}

/** Deletes a tag no article uses; one still in use is refused (409) so no article loses it unseen. */
export async function deleteTag(db: Db, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'taxonomy.manage');
  const tag = await getTag(db, id);
  if (tag.posts > 0) throw new AppError('TAG_IN_USE', 409, `"${tag.name}" is used by ${tag.posts} article(s): remove it from them first`);
  await db.deleteFrom('tags').where('id', '=', id).execute();
}

/** Authors for the newsroom, by name, `limit` at a time after `cursor` (last name and id). */
export async function listAuthorsPage(db: Db, options: { limit: number; after?: { name: string; id: string }; query?: string }): Promise<{ items: AuthorWithCount[]; more: boolean }> {
  let q = db.selectFrom('authors').selectAll();
  if (options.query?.trim()) q = q.where((eb) => eb(eb.fn('lower', ['name']), 'like', `%${options.query!.trim().toLowerCase()}%`));
  const after = options.after;
  if (after) q = q.where((eb) => eb.or([eb('name', '>', after.name), eb.and([eb('name', '=', after.name), eb('id', '>', after.id)])]));
  const rows = await q.orderBy('name').orderBy('id').limit(options.limit + 1).execute();
  const page = rows.slice(0, options.limit);
  const [counts, media] = await Promise.all([
    countUses(db, 'post_authors', page.map((r) => r.id)),
    loadMedia(db, page.flatMap((r) => (r.photo_media_id ? [r.photo_media_id] : []))),
  ]);
  return {
    items: page.map((r) => {
      const m = r.photo_media_id ? media.get(r.photo_media_id) : undefined;
      return { id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names), bio: r.bio, photo: m ? mediaToImage(m) : null, posts: counts.get(r.id) ?? 0 };
    }),
    more: rows.length > options.limit,
  };
}

export async function getAuthor(db: Db, id: string): Promise<AuthorWithCount> {
  if (!isId(id)) throw authorNotFound();
  const r = await db.selectFrom('authors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw authorNotFound();
  const [counts, media] = await Promise.all([countUses(db, 'post_authors', [id]), loadMedia(db, r.photo_media_id ? [r.photo_media_id] : [])]);
  const m = r.photo_media_id ? media.get(r.photo_media_id) : undefined;
  return { id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names), bio: r.bio, photo: m ? mediaToImage(m) : null, posts: counts.get(id) ?? 0 };
}

/** Edits an author profile (name, slug, bio, portrait). Bylines everywhere follow. */
export async function updateAuthor({ db, events }: TaxonomyEditDeps, actor: Actor, id: string, changes: AuthorChanges): Promise<AuthorWithCount> {
  requirePermission(actor, 'taxonomy.manage');
  await getAuthor(db, id);
  if (changes.slug !== undefined) await slugFree(db, 'authors', checkSlug(changes.slug), id);
  if (changes.photoMediaId) await portraitExists(db, changes.photoMediaId);
  const set = {
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
    ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
    ...(changes.names !== undefined ? { names: JSON.stringify(changes.names) } : {}),
    ...(changes.bio !== undefined ? { bio: changes.bio } : {}),
    ...(changes.photoMediaId !== undefined ? { photo_media_id: changes.photoMediaId } : {}),
  };
  if (Object.keys(set).length > 0) {
    await db.updateTable('authors').set(set).where('id', '=', id).execute();
    await events.emit('taxonomy.changed', { kind: 'author', id });
  }
  return getAuthor(db, id);
}

/** Deletes an author with no bylines; one still credited on articles is refused (409). */
export async function deleteAuthor(db: Db, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'taxonomy.manage');
  const author = await getAuthor(db, id);
  if (author.posts > 0) throw new AppError('AUTHOR_IN_USE', 409, `${author.name} has a byline on ${author.posts} article(s): remove it from them first`);
  await db.deleteFrom('authors').where('id', '=', id).execute();
}

type AuthorChanges = { name?: string; slug?: string; names?: Record<string, string>; bio?: string; photoMediaId?: string | null };

async function portraitExists(db: Db, mediaId: string): Promise<void> {
  const exists = await db.selectFrom('media').select('id').where('id', '=', mediaId).executeTakeFirst();
  if (!exists) throw new AppError('MEDIA_NOT_FOUND', 400, 'The portrait is not in the media library: upload it first', { photoMediaId: 'not found' });
}

/** Creates a tag for the newsroom: editors only, and a slug in use is a 409 SLUG_TAKEN, not a database error. */
export async function createTagAs(deps: TaxonomyDeps, actor: Actor, input: { name: string; kind: TagKind; slug?: string; names?: Record<string, string>; description?: string }): Promise<TagWithCount> {
  requirePermission(actor, 'taxonomy.manage');
  const name = input.name.trim();
  await slugFree(deps.db, 'tags', checkSlug(input.slug ?? slugify(name)));
  return getTag(deps.db, await createTag(deps, { ...input, name }));
}

/** Creates an author profile for the newsroom: editors only; the portrait must be in the media library. */
export async function createAuthorAs(deps: TaxonomyDeps, actor: Actor, input: { name: string; slug?: string; names?: Record<string, string>; bio?: string; photoMediaId?: string | null }): Promise<AuthorWithCount> {
  requirePermission(actor, 'taxonomy.manage');
  const name = input.name.trim();
  await slugFree(deps.db, 'authors', checkSlug(input.slug ?? slugify(name)));
  if (input.photoMediaId) await portraitExists(deps.db, input.photoMediaId);
  return getAuthor(deps.db, await createAuthor(deps, { ...input, name }));
}

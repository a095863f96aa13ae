import type { Db } from '../../db/database-handle.js';
import type { Author, Section, Tag, TagKind } from './content-types.js';
import { loadMedia, mediaToImage, parseNames } from './hydrate.js';

export async function listSections(db: Db): Promise<Section[]> {
  const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names), description: r.description, position: r.position }));
}

export async function findSectionBySlug(db: Db, slug: string): Promise<Section | undefined> {
  const r = await db.selectFrom('sections').selectAll().where('slug', '=', slug).executeTakeFirst();
  return r && { id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names), description: r.description, position: r.position };
}

export async function findTagBySlug(db: Db, slug: string): Promise<Tag | undefined> {
  const r = await db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst();
  return r && { id: r.id, slug: r.slug, kind: r.kind as TagKind, name: r.name, names: parseNames(r.names), description: r.description };
}

export async function listTags(db: Db): Promise<Tag[]> {
  const rows = await db.selectFrom('tags').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, kind: r.kind as TagKind, name: r.name, names: parseNames(r.names), description: r.description }));
}

export async function findAuthorBySlug(db: Db, slug: string): Promise<Author | undefined> {
  const r = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!r) return undefined;
  const media = r.photo_media_id ? (await loadMedia(db, [r.photo_media_id])).get(r.photo_media_id) : undefined;
  return { id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names), bio: r.bio, photo: media ? mediaToImage(media) : null };
}

export async function listAuthors(db: Db): Promise<Author[]> {
  const rows = await db.selectFrom('authors').selectAll().orderBy('name').execute();
  const media = await loadMedia(db, rows.flatMap((r) => (r.photo_media_id ? [r.photo_media_id] : [])));
  return rows.map((r) => {
    const m = r.photo_media_id ? media.get(r.photo_media_id) : undefined;
    return { id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names), bio: r.bio, photo: m ? mediaToImage(m) : null };
  });
}

import type { Db } from '../../db/database-handle.js';
import { AppError } from '../../kernel/errors.js';

/** How the Admin API names related things: an id or a slug, whichever the caller has. */
export interface PostReferencesInput {
  section?: string | null;
  authors?: string[];
  tags?: string[];
  leadMediaId?: string | null;
  translationOf?: string | null;
}

export interface ResolvedReferences {
  sectionId?: string | null;
  authorIds?: string[];
  tagIds?: string[];
  leadMediaId?: string | null;
  translationOf?: string | null;
}

async function resolveMany(db: Db, table: 'authors' | 'tags', refs: string[], field: string, fields: Record<string, string>): Promise<string[]> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return [];
  const rows = await db.selectFrom(table).select(['id', 'slug']).where((eb) => eb.or([eb('id', 'in', unique), eb('slug', 'in', unique)])).execute();
  const byRef = new Map<string, string>();
  for (const r of rows) {
    byRef.set(r.id, r.id);
    byRef.set(r.slug, r.id);
  }
  const ids: string[] = [];
  unique.forEach((ref, i) => {
    const id = byRef.get(ref);
    if (id) ids.push(id);
    else fields[`${field}[${i}]`] = `there is no ${table === 'authors' ? 'author' : 'tag'} "${ref}"`;
  });
  return [...new Set(ids)];
}

/**
 * Turns ids-or-slugs into ids, checking that each exists, so a wrong reference is a 400 naming
 * the field rather than a foreign-key failure.
 */
export async function resolvePostReferences(db: Db, input: PostReferencesInput, selfId?: string): Promise<ResolvedReferences> {
  const fields: Record<string, string> = {};
  const out: ResolvedReferences = {};
  if (input.section !== undefined) {
    if (input.section === null || input.section === '') out.sectionId = null;
    else {
      const ref = input.section;
      const row = await db.selectFrom('sections').select('id').where((eb) => eb.or([eb('id', '=', ref), eb('slug', '=', ref)])).executeTakeFirst();
      if (row) out.sectionId = row.id;
      else fields.section = `there is no section "${ref}"`;
    }
  }
  if (input.authors !== undefined) out.authorIds = await resolveMany(db, 'authors', input.authors, 'authors', fields);
  if (input.tags !== undefined) out.tagIds = await resolveMany(db, 'tags', input.tags, 'tags', fields);
  if (input.leadMediaId !== undefined) {
    if (input.leadMediaId === null) out.leadMediaId = null;
    else {
      const row = await db.selectFrom('media').select('id').where('id', '=', input.leadMediaId).executeTakeFirst();
      if (row) out.leadMediaId = row.id;
      else fields['leadImage.mediaId'] = 'there is no media item with this id';
    }
  }
  if (input.translationOf !== undefined) {
    if (input.translationOf === null) out.translationOf = null;
    else if (input.translationOf === selfId) fields.translationOf = 'an article cannot be a translation of itself';
    else {
      const row = await db.selectFrom('posts').select('id').where('id', '=', input.translationOf).executeTakeFirst();
      if (row) out.translationOf = row.id;
      else fields.translationOf = 'there is no article with this id';
    }
  }
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, `Some references do not exist: ${Object.keys(fields).join(', ')}`, fields);
  return out;
}

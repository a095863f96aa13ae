import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { TAG_KINDS, type TagKind } from './content-types.js';
import { isSlug, slugify } from './slugify.js';

export interface TaxonomyDeps {
  db: Db;
  clock: Clock;
}

function checkSlug(slug: string): string {
  if (!isSlug(slug)) throw new AppError('INVALID_SLUG', 400, `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens`, { slug: 'invalid' });
  return slug;
}

export async function createSection(deps: TaxonomyDeps, input: { name: string; slug?: string; names?: Record<string, string>; description?: string; position?: number }): Promise<string> {
  const id = newId(deps.clock.now().getTime());
  await deps.db
    .insertInto('sections')
    .values({ id, slug: checkSlug(input.slug ?? slugify(input.name)), name: input.name, names: JSON.stringify(input.names ?? {}), description: input.description ?? '', position: input.position ?? 0 })
    .execute();
  return id;
}

export async function createAuthor(deps: TaxonomyDeps, input: { name: string; slug?: string; names?: Record<string, string>; bio?: string; photoMediaId?: string | null }): Promise<string> {
  const id = newId(deps.clock.now().getTime());
  await deps.db
    .insertInto('authors')
    .values({
      id,
      slug: checkSlug(input.slug ?? slugify(input.name)),
      name: input.name,
      names: JSON.stringify(input.names ?? {}),
      bio: input.bio ?? '',
      photo_media_id: input.photoMediaId ?? null,
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  return id;
}

export async function createTag(deps: TaxonomyDeps, input: { name: string; kind: TagKind; slug?: string; names?: Record<string, string>; description?: string }): Promise<string> {
  if (!TAG_KINDS.includes(input.kind)) throw new AppError('INVALID_TAG_KIND', 400, `Tag kind must be one of ${TAG_KINDS.join(', ')}`, { kind: 'invalid' });
  const id = newId(deps.clock.now().getTime());
  await deps.db
    .insertInto('tags')
    .values({ id, slug: checkSlug(input.slug ?? slugify(input.name)), kind: input.kind, name: input.name, names: JSON.stringify(input.names ?? {}), description: input.description ?? '' })
    .execute();
  return id;
}

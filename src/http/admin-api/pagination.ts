import { Type, type Static } from 'typebox';
import { AppError } from '../../kernel/errors.js';
import { decodeCursor } from '../../modules/content/index.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** Query parameters every list accepts: `?limit=` (1-100, default 20) and `?cursor=` from the previous page. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, description: `Items per page (default ${DEFAULT_LIMIT})` })),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'meta.nextCursor of the previous page' })),
};

/** The `meta` of every list answer: `nextCursor` is null on the last page. */
export const PageMeta = Type.Object({ nextCursor: Type.Union([Type.String(), Type.Null()]) });
export type PageMeta = Static<typeof PageMeta>;

/**
 * Reads `limit` and `cursor`, rejecting a cursor that is not one we issued with a 400 that says
 * what to do. Lists answer `{ <plural>: [...], meta: { nextCursor } }`.
 */
export function readPage(query: { limit?: number; cursor?: string }): { limit: number; cursor: string | undefined } {
  const cursor = query.cursor === '' ? undefined : query.cursor;
  if (cursor !== undefined && !decodeCursor(cursor)) {
    throw new AppError('INVALID_CURSOR', 400, 'The cursor is not valid: pass meta.nextCursor from the previous page unchanged, or leave it out to start again.', { cursor: 'is not a cursor this API issued' });
  }
  return { limit: query.limit ?? DEFAULT_LIMIT, cursor };
}

import { AppError } from '../../kernel/errors.js';

/**
 * Opaque cursors for lists that are not ordered by publication time (media by id, tags and
 * authors by name): the last row's sort keys, base64url-encoded. The posts list keeps its own
 * cursor format (pagination.ts); both answer a forged cursor with the same 400.
 */
export const encodeKeyCursor = (parts: string[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

export function decodeKeyCursor(cursor: string | undefined, arity: number): string[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === 'string' && p.length <= 400)) return parts as string[];
  } catch {
    // fall through to the 400 below
  }
  throw new AppError('INVALID_CURSOR', 400, 'The cursor is not valid: pass meta.nextCursor from the previous page unchanged, or leave it out to start again.', { cursor: 'is not a cursor this API issued' });
}

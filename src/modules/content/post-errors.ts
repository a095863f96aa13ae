import { AppError } from '../../kernel/errors.js';
import type { Post } from './content-types.js';

/**
 * A save based on a version that is no longer current. Carries the current version and post, so
 * the editor can show what changed and let the person reconcile without losing what they typed.
 */
export class PostVersionConflictError extends AppError {
  constructor(
    readonly currentVersion: number,
    readonly post: Post,
    basedOn: number,
  ) {
    super('POST_VERSION_CONFLICT', 409, `This article changed since you opened it: you edited version ${basedOn}, the current version is ${currentVersion}. Nothing was saved.`);
  }
}

export const postNotFound = (): AppError => new AppError('POST_NOT_FOUND', 404, 'There is no article with that id');

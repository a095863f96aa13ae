/**
 * Errors that cross a module boundary carry a stable machine-readable `code` and the HTTP
 * status an edge should answer with. Messages are for people; never branch on them.
 *
 * @example throw new AppError('POST_NOT_FOUND', 404, 'There is no article at this address')
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;

  constructor(code: string, status: number, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}

export const notFound = (what: string, code = 'NOT_FOUND'): AppError =>
  new AppError(code, 404, `${what} was not found`);

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;

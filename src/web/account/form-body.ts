/** The fields of every account form; each optional here, checked by the route that needs it. */
export interface FormBody {
  _csrf?: string;
  next?: string;
  email?: string;
  name?: string;
  code?: string;
  request?: string;
  token?: string;
}

/**
 * Account forms are urlencoded key/value pairs: every field a single short string. A repeated
 * field or an oversized value is refused (400) before any handler runs.
 */
export const FORM_BODY = {
  type: 'object',
  properties: {
    _csrf: { type: 'string', maxLength: 100 },
    next: { type: 'string', maxLength: 600 },
    email: { type: 'string', maxLength: 320 },
    name: { type: 'string', maxLength: 200 },
    code: { type: 'string', maxLength: 40 },
    request: { type: 'string', maxLength: 40 },
    token: { type: 'string', maxLength: 100 },
  },
  additionalProperties: false,
} as const;

/**
 * Per-IP guard on every account POST (in memory, per process): it blunts floods and code guessing
 * across many requests. The limits that must hold across processes (emails per address and per
 * requester) are counted in the database by the members module.
 */
export const FORM_RATE_LIMIT = { max: 30, timeWindow: 60_000, groupId: 'account-forms' };

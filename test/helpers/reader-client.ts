import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

let nextAddress = 1;

/**
 * One reader's browser for `app.inject()` tests: keeps the cookies the site sets (and drops the
 * ones it clears), comes from its own IP address, and fills in the CSRF token of the last form
 * page it saw, the way a real browser submits a form it was shown.
 */
export class ReaderClient {
  readonly cookies = new Map<string, string>();
  readonly ip: string;
  private csrf: string | undefined;

  constructor(private readonly app: FastifyInstance, ip?: string) {
    this.ip = ip ?? `198.51.100.${nextAddress++ % 250}`;
  }

  private remember(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      // Cleared cookies come back empty, with Max-Age=0 or an expiry at the epoch.
      const gone = c.maxAge === 0 || c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.UTC(2000, 0, 1));
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.csrf = token;
    return res;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.remember(await this.app.inject({ method: 'GET', url, remoteAddress: this.ip, headers: { cookie: this.cookieHeader } }));
  }

  /** Submits a form; `_csrf` comes from the last page unless the test sets it (or sets it to null to leave it out). */
  async post(url: string, fields: Record<string, string | null>): Promise<LightMyRequestResponse> {
    const form = new URLSearchParams();
    const withToken = '_csrf' in fields ? fields : { ...fields, _csrf: this.csrf ?? '' };
    for (const [k, v] of Object.entries(withToken)) if (v !== null) form.set(k, v);
    return this.remember(
      await this.app.inject({ method: 'POST', url, remoteAddress: this.ip, headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() }),
    );
  }
}

/** The path and query of a redirect's Location header. */
export const locationOf = (res: LightMyRequestResponse): string => String(res.headers.location ?? '');

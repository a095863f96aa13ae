import type { LightMyRequestResponse } from 'fastify';
import { createApiKey, createStaff, type StaffRole } from '../../src/modules/newsroom/index.js';
import { createAuthor } from '../../src/modules/content/index.js';
import type { TestSite } from './test-site.js';

export const STAFF_PASSWORD = 'correct horse battery staple';

export interface SignedIn {
  id: string;
  email: string;
  role: StaffRole;
  authorId: string | null;
  /** Cookie and CSRF headers, as the newsroom app sends them. */
  headers: Record<string, string>;
  cookie: string;
  csrfToken: string;
}

/** The cookie a sign-in answer sets, as a Cookie request header. */
export function cookieFrom(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const first = (Array.isArray(header) ? header : [header ?? '']).find((c) => /dateline-staff=/.test(c)) ?? '';
  return first.split(';')[0]!;
}

/**
 * A staff member with a password and an author profile of their own (so "own articles" can be
 * tested by byline), signed in through POST /api/admin/session.
 */
export async function signInAs(site: TestSite, role: StaffRole, name: string, options: { withAuthor?: boolean } = {}): Promise<SignedIn> {
  const deps = { db: site.services.database.db, clock: site.clock };
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  const authorId = options.withAuthor === false ? null : await createAuthor(deps, { name, slug });
  const email = `${slug}@ledger.test`;
  const staff = await createStaff(deps, null, { email, role, name, password: STAFF_PASSWORD, authorId });
  const res = await site.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password: STAFF_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieFrom(res);
  const { csrfToken } = res.json() as { csrfToken: string };
  return { id: staff.id, email, role, authorId, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** Bearer headers for a new API key acting with `role` (admin by default). */
export async function keyHeaders(site: TestSite, role: StaffRole = 'admin', name = 'Test integration'): Promise<Record<string, string>> {
  const { key } = await createApiKey({ db: site.services.database.db, clock: site.clock }, null, { name, role });
  return { authorization: `Bearer ${key}` };
}

/** A small Admin API client bound to one set of headers. */
export const adminClient = (site: TestSite, headers: Record<string, string>) => (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  site.app.inject({ method, url: `/api/admin${url}`, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

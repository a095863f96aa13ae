import { api, ApiError, query } from '../api-client.js';
import type { Me } from '../api-types.js';

/** Shapes of the Admin API's member answers (see docs/billing.md), as the newsroom uses them. */
export type MemberStatus = 'paid' | 'comped' | 'group' | 'free';
export type MemberFilter = '' | 'free' | 'paid' | 'comped' | 'group' | 'metered-out';

export interface MemberPlan {
  tier: string;
  tierName: string;
  source: string;
  startsAt: string;
  endsAt: string | null;
}

export interface Member {
  id: string;
  email: string;
  name: string;
  language: string;
  createdAt: string;
  emailVerifiedAt: string | null;
  status: MemberStatus;
  plans: MemberPlan[];
  comp: { tier: string; until: string | null } | null;
}

export interface MemberEvent {
  id: string;
  kind: string;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface MemberDetail extends Member {
  entitlements: (Omit<MemberPlan, 'tier'> & { tierSlug?: string; createdAt: string })[];
  groups: { licenceId: string; name: string; via: string; since: string }[];
  readsThisMonth: number;
  history: MemberEvent[];
}

export interface Revenue {
  mrrCents: number;
  activePaidMembers: number;
  churnThisMonth: number;
  currency: string;
  trialing: number;
}

export interface TierOption {
  slug: string;
  name: string;
  active: boolean;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; email: string; message: string }[];
}

export const FILTER_LABELS: Record<MemberFilter, string> = { '': 'All members', free: 'Free', paid: 'Paid', comped: 'Comped', group: 'Group', 'metered-out': 'Metered out' };
export const STATUS_LABELS: Record<MemberStatus, string> = { paid: 'Paid', comped: 'Comped', group: 'Group', free: 'Free' };

/** Where the export lives: a plain link works, since a GET needs only the session cookie. */
export const EXPORT_URL = '/api/admin/members/export';

/** Money as the admin reads it: whole cents in the plan currency, formatted for their locale. */
export function formatMoney(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100).replace(/\u00a0/g, ' ');
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/**
 * The CSV import posts text/csv, which the shared client does not speak: it asks /me for the
 * session's CSRF token and sends the file as is.
 */
async function importCsv(text: string): Promise<ImportReport> {
  const me = await api.get<Me>('/me');
  const response = await fetch('/api/admin/members/import', { method: 'POST', headers: { 'content-type': 'text/csv', accept: 'application/json', 'x-csrf-token': me.csrfToken }, body: text, credentials: 'same-origin' });
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, String(data.code ?? 'ERROR'), String(data.detail ?? response.statusText), (data.fields as Record<string, string>) ?? {}, data);
  return data as unknown as ImportReport;
}

/** The calls the Members screen makes, each one an Admin API request for admins. */
export const membersApi = {
  list: (filter: MemberFilter, q: string, cursor?: string | null) => api.get<{ members: Member[]; meta: { nextCursor: string | null } }>(`/members${query({ filter, q: q.trim(), cursor, limit: 50 })}`),
  get: (id: string) => api.get<{ member: MemberDetail }>(`/members/${id}`).then((r) => r.member),
  setComp: (id: string, comp: { tier: string; until?: string | null } | null) => api.patch<{ member: Member }>(`/members/${id}`, { comp }).then((r) => r.member),
  revenue: () => api.get<Revenue>('/revenue'),
  tiers: () => api.get<{ tiers: TierOption[] }>('/tiers').then((r) => r.tiers),
  importCsv,
};

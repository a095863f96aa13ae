import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { normalizeEmail } from '../members/index.js';
import { grantComp, revokeComp } from './comp-access.js';
import { recordMemberEvent } from './member-events.js';
import { memberDetail, plansFor, statusOf, type MemberDetail } from './member-directory.js';
import { parseMemberImport, writeCsv } from './members-csv.js';

type Deps = { db: Db; clock: Clock };

export interface CompRequest {
  tier: string;
  /** ISO 8601; absent or null: no end date. */
  until?: string | null;
}

function parseUntil(until: string | null | undefined, field: string): Date | null {
  if (until === undefined || until === null || until === '') return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(until) ? new Date(`${until}T00:00:00Z`) : new Date(until);
  if (Number.isNaN(date.getTime())) throw new AppError('VALIDATION_FAILED', 400, `${field} is not a date`, { [field]: 'must be a date (2027-01-31) or an ISO 8601 time' });
  return date;
}

/**
 * Adds a member on an admin's behalf (their address is not confirmed until they first sign in),
 * optionally with complimentary access. Members live in the members module's table; this writes
 * the row directly because that module has no admin-side creation operation yet.
 */
export async function createMemberAsAdmin(deps: Deps, input: { email: string; name?: string; comp?: CompRequest; by?: string }): Promise<MemberDetail> {
  const email = normalizeEmail(input.email);
  if (!email) throw new AppError('VALIDATION_FAILED', 400, 'The email address is not valid', { email: 'is not an email address' });
  const until = parseUntil(input.comp?.until, 'comp.until');
  const existing = await deps.db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AppError('MEMBER_EXISTS', 409, `There is already a member with the address ${email}`, { email: 'is taken' });
  const now = deps.clock.now().toISOString();
  const id = newId(deps.clock.now().getTime());
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('members').values({ id, email, name: (input.name ?? '').trim().slice(0, 120), language: 'en', created_at: now, updated_at: now, email_verified_at: null, deleted_at: null }).execute();
    await recordMemberEvent({ db: trx, clock: deps.clock }, id, 'member.created', { by: input.by ?? null });
  });
  if (input.comp) await grantComp(deps, { memberId: id, tierSlug: input.comp.tier, until, grantedBy: input.by });
  return (await memberDetail(deps.db, id, deps.clock.now()))!;
}

/** Renames a member and/or sets their comp (`comp: null` revokes it). */
export async function updateMemberAsAdmin(deps: Deps, memberId: string, changes: { name?: string; comp?: CompRequest | null; by?: string }): Promise<MemberDetail> {
  const member = await memberDetail(deps.db, memberId, deps.clock.now());
  if (!member) throw new AppError('MEMBER_NOT_FOUND', 404, 'There is no member with that id');
  if (changes.name !== undefined) {
    await deps.db.updateTable('members').set({ name: changes.name.trim().slice(0, 120), updated_at: deps.clock.now().toISOString() }).where('id', '=', memberId).execute();
  }
  if (changes.comp === null) await revokeComp(deps, memberId, changes.by);
  else if (changes.comp) await grantComp(deps, { memberId, tierSlug: changes.comp.tier, until: parseUntil(changes.comp.until, 'comp.until'), grantedBy: changes.by });
  return (await memberDetail(deps.db, memberId, deps.clock.now()))!;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; email: string; message: string }[];
}

/**
 * Imports members from CSV (header: email, name, comp_tier, comp_until). New addresses become
 * members; existing ones get a name if they had none and the comp given. Bad rows are reported by
 * row number and skipped; good rows still go in.
 */
export async function importMembers(deps: Deps, csv: string, by?: string): Promise<ImportReport> {
  const parsed = parseMemberImport(csv);
  if ('error' in parsed) throw new AppError('CSV_INVALID', 400, parsed.error);
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, errors: [] };
  const tiers = new Set((await deps.db.selectFrom('tiers').select('slug').execute()).map((t) => t.slug));
  for (const row of parsed.rows) {
    try {
      const email = normalizeEmail(row.email);
      if (!email) throw new AppError('VALIDATION_FAILED', 400, `"${row.email}" is not an email address`);
      if (row.compTier && !tiers.has(row.compTier)) throw new AppError('VALIDATION_FAILED', 400, `comp_tier "${row.compTier}" is not a plan slug`);
      const until = parseUntil(row.compUntil, 'comp_until');
      if (row.compUntil && !row.compTier) throw new AppError('VALIDATION_FAILED', 400, 'comp_until needs a comp_tier');
      const comp = row.compTier ? { tier: row.compTier, until: until?.toISOString() ?? null } : undefined;
      const existing = await deps.db.selectFrom('members').select(['id', 'name']).where('email', '=', email).where('deleted_at', 'is', null).executeTakeFirst();
      if (!existing) {
        await createMemberAsAdmin(deps, { email, name: row.name, comp, by });
        report.created++;
        continue;
      }
      const current = (await plansFor(deps.db, [existing.id], deps.clock.now())).get(existing.id)!.find((p) => p.source === 'comp');
      const compChanged = comp !== undefined && (current?.tierSlug !== comp.tier || (current?.endsAt ?? null) !== (comp.until ?? null));
      const nameChanged = !existing.name && row.name !== '';
      if (!compChanged && !nameChanged) {
        report.unchanged++;
        continue;
      }
      await updateMemberAsAdmin(deps, existing.id, { ...(nameChanged ? { name: row.name } : {}), ...(compChanged ? { comp } : {}), by });
      report.updated++;
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      report.errors.push({ row: row.line, email: row.email, message: error.message });
    }
  }
  return report;
}

export const EXPORT_COLUMNS = ['email', 'name', 'status', 'plans', 'comp_tier', 'comp_until', 'created_at', 'email_verified_at'];

/**
 * Every live member as CSV. The first four import columns (email, name, comp_tier, comp_until)
 * are there, so an export can be imported into another Dateline as it is.
 */
export async function exportMembersCsv(db: Db, now: Date): Promise<string> {
  const members = await db.selectFrom('members').select(['id', 'email', 'name', 'created_at', 'email_verified_at']).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
  const rows: string[][] = [];
  for (let i = 0; i < members.length; i += 500) {
    const batch = members.slice(i, i + 500);
    const plans = await plansFor(db, batch.map((m) => m.id), now);
    for (const m of batch) {
      const held = plans.get(m.id) ?? [];
      const comp = held.find((p) => p.source === 'comp');
      rows.push([m.email ?? '', m.name, statusOf(held), held.map((p) => `${p.tierSlug}:${p.source}`).join(' '), comp?.tierSlug ?? '', comp?.endsAt ?? '', m.created_at, m.email_verified_at ?? '']);
    }
  }
  return writeCsv(EXPORT_COLUMNS, rows);
}

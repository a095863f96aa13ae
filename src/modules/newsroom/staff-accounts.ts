import type { Selectable } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { StaffTable } from '../../db/schema-newsroom.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { recordAudit } from './audit-log.js';
import { STAFF_ROLES, isStaffRole, type Actor, type Staff, type StaffRole } from './newsroom-types.js';
import { hashPassword } from './passwords.js';
import { requirePermission } from './roles.js';

export interface NewsroomDeps {
  db: Db;
  clock: Clock;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function toStaff(row: Selectable<StaffTable>): Staff {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as StaffRole,
    authorId: row.author_id,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

export interface CreateStaffInput {
  email: string;
  role: StaffRole;
  name?: string;
  password?: string;
  authorId?: string | null;
}

/**
 * Adds a staff account. `actor` is null only for the CLI and the demo seed, which run with the
 * operator's authority; through the API only admins may add staff.
 */
export async function createStaff(deps: NewsroomDeps, actor: Actor | null, input: CreateStaffInput): Promise<Staff> {
  if (actor) requirePermission(actor, 'staff.manage');
  const email = normalizeEmail(input.email ?? '');
  const fields: Record<string, string> = {};
  if (!EMAIL.test(email) || email.length > 254) fields.email = 'must be an email address';
  if (!isStaffRole(input.role)) fields.role = `must be one of ${STAFF_ROLES.join(', ')}`;
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, `Some fields are not valid: ${Object.keys(fields).join(', ')}`, fields);
  if (input.authorId) {
    const author = await deps.db.selectFrom('authors').select('id').where('id', '=', input.authorId).executeTakeFirst();
    if (!author) throw new AppError('VALIDATION_FAILED', 400, 'There is no author profile with that id', { authorId: 'does not exist' });
  }
  const existing = await deps.db.selectFrom('staff').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AppError('STAFF_EXISTS', 409, `There is already a staff account for ${email}`, { email: 'is already in use' });
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const now = deps.clock.now();
  const row = {
    id: newId(now.getTime()),
    email,
    name: input.name?.trim() || email.split('@')[0]!,
    role: input.role,
    password_hash: passwordHash,
    author_id: input.authorId ?? null,
    created_at: now.toISOString(),
    disabled_at: null,
  };
  await deps.db.insertInto('staff').values(row).execute();
  await recordAudit(deps, actor, 'staff.create', null, { staffId: row.id, email, role: row.role });
  return toStaff(row);
}

export async function listStaff(deps: NewsroomDeps, actor: Actor): Promise<Staff[]> {
  requirePermission(actor, 'staff.manage');
  const rows = await deps.db.selectFrom('staff').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toStaff);
}

export async function findStaff(db: Db, id: string): Promise<Staff | undefined> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStaff(row) : undefined;
}

/**
 * Disables an account: it can no longer sign in, its sessions end at once, and its articles stay.
 * An admin cannot disable themself (so an outlet is never left without one by accident).
 */
export async function disableStaff(deps: NewsroomDeps, actor: Actor, staffId: string): Promise<Staff> {
  requirePermission(actor, 'staff.manage');
  if (actor.kind === 'staff' && actor.id === staffId) throw new AppError('CANNOT_DISABLE_SELF', 409, 'You cannot disable your own account; ask another admin.');
  const row = await deps.db.selectFrom('staff').selectAll().where('id', '=', staffId).executeTakeFirst();
  if (!row) throw new AppError('STAFF_NOT_FOUND', 404, 'There is no staff account with that id');
  if (row.disabled_at) return toStaff(row);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('staff').set({ disabled_at: now }).where('id', '=', staffId).execute();
    await trx.deleteFrom('staff_sessions').where('staff_id', '=', staffId).execute();
    await trx.deleteFrom('staff_login_tokens').where('staff_id', '=', staffId).execute();
  });
  await recordAudit(deps, actor, 'staff.disable', null, { staffId });
  return toStaff({ ...row, disabled_at: now });
}

/** Sets or changes a password. Other sessions of the account end, so a leaked session stops working. */
export async function setStaffPassword(deps: NewsroomDeps, staffId: string, password: string, keepSessionId?: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', staffId).execute();
    let sessions = trx.deleteFrom('staff_sessions').where('staff_id', '=', staffId);
    if (keepSessionId) sessions = sessions.where('id', '!=', keepSessionId);
    await sessions.execute();
  });
}

/** The actor a staff account acts as. */
export const staffActor = (staff: Staff): Actor => ({ kind: 'staff', id: staff.id, role: staff.role, name: staff.name, authorId: staff.authorId });

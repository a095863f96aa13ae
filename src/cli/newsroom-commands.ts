import { randomBytes } from 'node:crypto';
import { ConfigError } from '../kernel/config.js';
import { isAppError } from '../kernel/errors.js';
import { findAuthorBySlug } from '../modules/content/index.js';
import { createApiKey, createSignInLink, createStaff, isStaffRole, normalizeEmail, STAFF_ROLES, type StaffRole } from '../modules/newsroom/index.js';
import type { Services } from '../main.js';

type Options = Record<string, string | true>;

export const DEMO_STAFF_EMAIL = 'editor@levant-ledger.example';

const text = (options: Options, name: string, required: boolean): string | undefined => {
  const value = options[name];
  if (value === true || (required && (value === undefined || value.trim() === ''))) throw new ConfigError(`--${name}`, 'needs a value');
  return value?.trim() || undefined;
};

/** An operation's refusal (a taken email, a bad name) as the one-line error the CLI prints. */
const asCliError = (error: unknown): never => {
  if (isAppError(error)) {
    const [field, problem] = Object.entries(error.fields ?? {})[0] ?? [];
    throw field ? new ConfigError(`--${field}`, `${problem} (${error.message})`) : new ConfigError(error.code, error.message);
  }
  throw error;
};

/** A password people can type: 18 characters from 108 random bits, in groups. */
const newPassword = (): string => randomBytes(14).toString('base64url').slice(0, 18).replace(/(.{6})(?=.)/g, '$1-');

/**
 * `dateline staff create --email E --role R [--name N] [--author SLUG] [--with-password]`: adds a
 * staff account and prints, once, a sign-in link valid for 15 minutes (the person sets a password
 * in the newsroom afterwards), or with --with-password a generated password.
 * `dateline staff link --email E`: a fresh sign-in link for an existing account.
 */
export async function staffCommand(sub: string | undefined, options: Options, services: Services): Promise<void> {
  const deps = { db: services.database.db, clock: services.clock, publicUrl: services.config.publicUrl };
  if (sub === 'create') {
    const email = text(options, 'email', true)!;
    const role = text(options, 'role', true)!;
    if (!isStaffRole(role)) throw new ConfigError('--role', `must be one of ${STAFF_ROLES.join(', ')}, got "${role}"`);
    const authorSlug = text(options, 'author', false);
    const author = authorSlug ? await findAuthorBySlug(deps.db, authorSlug) : undefined;
    if (authorSlug && !author) throw new ConfigError('--author', `names no author profile: "${authorSlug}"`);
    const password = options['with-password'] ? newPassword() : undefined;
    const staff = await createStaff(deps, null, { email, role: role as StaffRole, name: text(options, 'name', false), password, authorId: author?.id ?? null }).catch(asCliError);
    console.log(`Created ${staff.role} ${staff.email} (${staff.id}).`);
    if (password) console.log(`Password (shown once, change it after signing in): ${password}\nSign in at ${deps.publicUrl}/newsroom`);
    else console.log(`Sign-in link (works once, for 15 minutes):\n  ${await createSignInLink(deps, staff.id)}`);
    return;
  }
  if (sub === 'link') {
    const email = normalizeEmail(text(options, 'email', true)!);
    const row = await deps.db.selectFrom('staff').select(['id', 'disabled_at']).where('email', '=', email).executeTakeFirst();
    if (!row || row.disabled_at) throw new ConfigError('--email', `has no active staff account: ${email}`);
    console.log(`Sign-in link for ${email} (works once, for 15 minutes):\n  ${await createSignInLink(deps, row.id)}`);
    return;
  }
  throw new ConfigError(`staff ${sub ?? ''}`.trim(), 'needs a subcommand: "dateline staff create --email E --role R" or "dateline staff link --email E"');
}

/** `dateline keys create --name N [--role R]`: prints a new Admin API key, once. */
export async function keysCommand(sub: string | undefined, options: Options, services: Services): Promise<void> {
  if (sub !== 'create') throw new ConfigError(`keys ${sub ?? ''}`.trim(), 'needs a subcommand: "dateline keys create --name N"');
  const name = text(options, 'name', true)!;
  const role = text(options, 'role', false);
  if (role !== undefined && !isStaffRole(role)) throw new ConfigError('--role', `must be one of ${STAFF_ROLES.join(', ')}, got "${role}"`);
  const { key, apiKey } = await createApiKey({ db: services.database.db, clock: services.clock }, null, { name, role: role as StaffRole | undefined }).catch(asCliError);
  console.log(`Created API key "${apiKey.name}" (${apiKey.id}, role ${apiKey.role}). Copy it now; it is not shown again:\n${key}`);
}

/**
 * For `serve --demo` on an empty database: an admin for the demo newsroom, with a generated
 * password. Returns the lines to print once to the operator (never logged).
 */
export async function createDemoStaff(services: Services): Promise<string> {
  const deps = { db: services.database.db, clock: services.clock };
  const url = `${services.config.publicUrl}/newsroom`;
  const existing = await deps.db.selectFrom('staff').select('id').where('email', '=', DEMO_STAFF_EMAIL).executeTakeFirst();
  if (existing) return `  Newsroom: ${url} (a sign-in link: dateline staff link --email ${DEMO_STAFF_EMAIL})`;
  const password = newPassword();
  await createStaff(deps, null, { email: DEMO_STAFF_EMAIL, role: 'admin', name: 'Demo Editor', password });
  return [`  Newsroom: ${url}`, `  Sign in as ${DEMO_STAFF_EMAIL} with the password ${password}`, '  (shown this once; for a sign-in link later: dateline staff link --email ' + DEMO_STAFF_EMAIL + ')'].join('\n');
}

/** The newsroom line `serve` prints when the demo account already exists. */
export const newsroomHint = (services: Services): string => `  Newsroom: ${services.config.publicUrl}/newsroom (a sign-in link: dateline staff link --email you@example)`;

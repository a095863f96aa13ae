export const STAFF_ROLES = ['contributor', 'author', 'editor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (value: unknown): value is StaffRole => typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);

/** A staff account as the rest of the system sees it: never the password hash. */
export interface Staff {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  authorId: string | null;
  hasPassword: boolean;
  createdAt: string;
  disabledAt: string | null;
}

/**
 * Who is doing something: a signed-in staff member, an Admin API key, or the system itself (the
 * scheduler). Operations take an Actor and check its permissions themselves, so every door (API,
 * CLI, job) gets the same rules.
 */
export type Actor =
  | { kind: 'staff'; id: string; role: StaffRole; name: string; authorId: string | null }
  | { kind: 'key'; id: string; role: StaffRole; name: string }
  | { kind: 'system'; role: 'admin'; name: string };

export const SYSTEM_ACTOR: Actor = { kind: 'system', role: 'admin', name: 'Scheduler' };

/** The staff id behind an actor, for "created by" and revision records. */
export const staffIdOf = (actor: Actor): string | null => (actor.kind === 'staff' ? actor.id : null);

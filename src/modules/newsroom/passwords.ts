import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../kernel/errors.js';

// Algorithm.Argon2id is a const enum, which isolatedModules cannot read from a declaration file.
const ARGON2ID = 2;
/** OWASP's argon2id baseline (19 MiB, 2 passes): about 30 ms here, slow enough for guessing, fast enough to sign in. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/** Rejects passwords too short to resist guessing, with a message a person can act on. */
export function checkPassword(password: string): void {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN) {
    throw new AppError('WEAK_PASSWORD', 400, `Choose a password of at least ${PASSWORD_MIN} characters.`, { password: `must be at least ${PASSWORD_MIN} characters` });
  }
  if (password.length > PASSWORD_MAX) {
    throw new AppError('WEAK_PASSWORD', 400, `A password may be at most ${PASSWORD_MAX} characters.`, { password: `must be at most ${PASSWORD_MAX} characters` });
  }
}

export async function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return hash(password, OPTIONS as Parameters<typeof hash>[1]);
}

/** A hash of nothing in particular, verified when the account is unknown so timing does not reveal which emails exist. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hash('decoy-password-never-used', OPTIONS as Parameters<typeof hash>[1]);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

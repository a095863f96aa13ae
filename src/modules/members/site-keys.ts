import { createHmac } from 'node:crypto';
import type { Db } from '../../db/database-handle.js';
import { newSecret } from '../../kernel/ids.js';

/** The settings row holding the server secret every reader-facing signature derives from. */
export const SECRET_SETTING = 'members_secret';

/** Keys for the things the reader side signs or hashes; each derived from one stored secret, one per purpose. */
export interface SiteKeys {
  /** Signs the anonymous meter cookie. */
  meter: Buffer;
  /** Hashes the 6-digit sign-in codes (with a per-token salt). */
  code: Buffer;
  /** Hashes requesters' IP addresses for the per-address rate limit, so no address is stored. */
  requester: Buffer;
  /** Derives the anti-CSRF form token from the browser's CSRF cookie. */
  csrf: Buffer;
  /** Signs newsletter unsubscribe links and tracking tokens. */
  newsletter: Buffer;
}

const derive = (secret: string, purpose: string): Buffer => createHmac('sha256', secret).update(`dateline:${purpose}`).digest();

/**
 * Loads the site secret from the settings table, creating it on first use. Stored in the database
 * (not in one process's memory) so that every app process behind a load balancer signs and checks
 * cookies alike; creation is race-safe (insert-if-absent, then read back what won).
 */
export async function loadSiteKeys(db: Db): Promise<SiteKeys> {
  await db.insertInto('settings').values({ key: SECRET_SETTING, value: newSecret(32) }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECRET_SETTING).executeTakeFirstOrThrow();
  return { meter: derive(row.value, 'meter'), code: derive(row.value, 'code'), requester: derive(row.value, 'requester'), csrf: derive(row.value, 'csrf'), newsletter: derive(row.value, 'newsletter') };
}

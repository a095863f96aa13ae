import assert from 'node:assert/strict';
import type { TestSite } from './test-site.js';
import { signInParts, type Outbox } from './outbox.js';
import { ReaderClient } from './reader-client.js';

/**
 * A reader who has registered (or signed in) through the emailed link, the way a person does:
 * form, email, confirm page, button. Returns their browser, now holding a session cookie.
 */
export async function signedInReader(site: TestSite, outbox: Outbox, email: string, prefix = ''): Promise<ReaderClient> {
  const reader = new ReaderClient(site.app);
  await reader.get(`${prefix}/account/register`);
  const asked = await reader.post(`${prefix}/account/register`, { email, name: '', next: '' });
  assert.equal(asked.statusCode, 303, asked.body);
  const { path, token } = signInParts(await outbox.take(email));
  assert.equal((await reader.get(path)).statusCode, 200);
  const confirmed = await reader.post(`${prefix}/account/confirm`, { token });
  assert.equal(confirmed.statusCode, 303, confirmed.body);
  return reader;
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newId } from '../../kernel/ids.js';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.js';

describe('unsubscribe tokens', () => {
  const key = Buffer.alloc(32, 7);
  const subscriber = newId();
  const newsletter = newId();

  it('round-trips and reveals no email address', () => {
    const token = signUnsubscribeToken(key, subscriber, newsletter);
    assert.deepEqual(verifyUnsubscribeToken(key, token), { subscriberId: subscriber, newsletterId: newsletter });
    assert.doesNotMatch(Buffer.from(token, 'base64url').toString(), /@/);
  });

  it('refuses forged, altered or foreign tokens', () => {
    const token = signUnsubscribeToken(key, subscriber, newsletter);
    const other = signUnsubscribeToken(Buffer.alloc(32, 8), subscriber, newsletter);
    const altered = Buffer.from(Buffer.from(token, 'base64url').toString().replace(newsletter, newId())).toString('base64url');
    for (const bad of [other, altered, 'garbage', '', 'x'.repeat(500)]) assert.equal(verifyUnsubscribeToken(key, bad), undefined);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isId, newId, newSecret } from './ids.js';

describe('newId', () => {
  it('makes 26-character ids that sort by creation time', () => {
    const a = newId(1_700_000_000_000);
    const b = newId(1_700_000_000_001);
    assert.ok(isId(a) && isId(b));
    assert.ok(a < b);
    assert.notEqual(newId(5), newId(5));
  });

  it('makes secrets with at least 256 bits by default', () => {
    assert.equal(Buffer.from(newSecret(), 'base64url').length, 32);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeEmail } from './email-address.js';

describe('normalizeEmail', () => {
  it('trims and lowercases, so one reader has one account whatever they type', () => {
    assert.equal(normalizeEmail('  Rana.Khoury@Example.COM '), 'rana.khoury@example.com');
    assert.equal(normalizeEmail('idris+ledger@mail.example.org'), 'idris+ledger@mail.example.org');
  });

  it('refuses what cannot be an address', () => {
    for (const bad of ['', 'rana', 'rana@', '@example.com', 'rana@example', 'rana khoury@example.com', 'rana@@example.com', 'a@b..com', '<rana@example.com>', `${'x'.repeat(250)}@example.com`]) {
      assert.equal(normalizeEmail(bad), null, bad);
    }
  });
});

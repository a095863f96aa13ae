import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has safe defaults for everything', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.smtpUrl, undefined);
    assert.ok(config.dataDir.endsWith('/data'));
  });

  it('stops with one line naming the variable when a value is malformed', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'eighty' }, /^PORT must be a whole number/],
      [{ PORT: '70000' }, /^PORT must be between/],
      [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must start with/],
      [{ PUBLIC_URL: 'not a url' }, /^PUBLIC_URL is not a valid URL/],
      [{ SMTP_URL: 'http://mail' }, /^SMTP_URL must start with smtp: or smtps:/],
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
      [{ STRIPE_SECRET_KEY: 'pk_live_x' }, /^STRIPE_SECRET_KEY must start with sk_/],
      [{ DKIM_DOMAIN: 'ledger.example' }, /^DKIM_PRIVATE_KEY needs DKIM_DOMAIN and DKIM_SELECTOR/],
      [{ DKIM_DOMAIN: 'ledger.example', DKIM_SELECTOR: 's1', DKIM_PRIVATE_KEY: 'not a key' }, /^DKIM_PRIVATE_KEY must be a PEM private key/],
      [{ UNSUBSCRIBE_MAILTO: 'nobody' }, /^UNSUBSCRIBE_MAILTO must be an email address/],
      [{ NEWSLETTER_RATE: '-5' }, /^NEWSLETTER_RATE must be a whole number/],
      [{ TRUST_PROXY: 'everyone please' }, /^TRUST_PROXY must be true or the proxies/],
    ];
    for (const [env, message] of cases) {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message) && !error.message.includes('\n'), JSON.stringify(env));
    }
  });

  it('trusts no proxy unless told which', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy, '10.0.0.0/8,127.0.0.1');
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
  });

  it('accepts PostgreSQL URLs and trims a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/news', PUBLIC_URL: 'https://news.example.org/' });
    assert.equal(config.databaseUrl, 'postgres://u@db:5432/news');
    assert.equal(config.publicUrl, 'https://news.example.org');
  });
});

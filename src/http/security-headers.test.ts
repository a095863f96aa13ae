import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { securityHeaders } from './security-headers.js';

describe('securityHeaders', () => {
  it('forbids inline scripts and styles, third-party origins and framing', () => {
    const csp = securityHeaders({ https: false })['content-security-policy']!;
    const directives = new Map(csp.split(';').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives.get('default-src'), ["'self'"]);
    assert.deepEqual(directives.get('script-src'), ["'self'"]);
    assert.deepEqual(directives.get('style-src'), ["'self'"]);
    assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(directives.get('object-src'), ["'none'"]);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('asks browsers to stay on HTTPS only when the site is served over HTTPS', () => {
    assert.equal(securityHeaders({ https: false })['strict-transport-security'], undefined);
    assert.equal(securityHeaders({ https: true })['strict-transport-security'], 'max-age=31536000; includeSubDomains');
  });

  it('turns off MIME sniffing and cross-origin opening', () => {
    const headers = securityHeaders({ https: false });
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['cross-origin-opener-policy'], 'same-origin');
    assert.equal(headers['x-frame-options'], 'SAMEORIGIN');
  });
});

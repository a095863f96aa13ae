import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIpRange, ipInRanges, parseIpRange } from './ip-ranges.js';

describe('parseIpRange', () => {
  it('reads IPv4 and IPv6 ranges and single addresses', () => {
    assert.deepEqual(parseIpRange(' 192.0.2.0/24 '), { address: '192.0.2.0', prefix: 24, family: 'ipv4' });
    assert.deepEqual(parseIpRange('2001:DB8::/32'), { address: '2001:DB8::', prefix: 32, family: 'ipv6' });
    assert.equal(formatIpRange(parseIpRange('2001:DB8::/32')!), '2001:db8::/32');
    assert.deepEqual(parseIpRange('198.51.100.7'), { address: '198.51.100.7', prefix: 32, family: 'ipv4' });
  });

  it('rejects what is not a range', () => {
    for (const bad of ['', 'library', '10.0.0.0/33', '2001:db8::/129', '10.0.0/8', '10.0.0.0/8/8', '10.0.0.0/-1', '10.0.0.0/ 8', '300.1.1.1/8']) {
      assert.equal(parseIpRange(bad), null, bad);
    }
  });
});

describe('ipInRanges', () => {
  const library = ['192.0.2.0/24', '2001:db8:10::/48'];
  it('matches addresses inside a range and nothing outside it', () => {
    assert.equal(ipInRanges('192.0.2.200', library), true);
    assert.equal(ipInRanges('192.0.3.1', library), false);
    assert.equal(ipInRanges('2001:db8:10:ff::1', library), true);
    assert.equal(ipInRanges('2001:db8:11::1', library), false);
  });

  it('matches IPv4 clients seen through an IPv6 socket', () => {
    assert.equal(ipInRanges('::ffff:192.0.2.9', library), true);
  });

  it('never matches junk or an empty list', () => {
    assert.equal(ipInRanges('not-an-ip', library), false);
    assert.equal(ipInRanges('192.0.2.1', []), false);
    assert.equal(ipInRanges('192.0.2.1', ['junk']), false);
  });
});

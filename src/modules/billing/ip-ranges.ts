import { BlockList, isIP } from 'node:net';

export interface IpRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/**
 * Parses one CIDR range ("192.0.2.0/24", "2001:db8::/32") or a single address (a /32 or /128).
 * Null when it is not one, so an admin gets a message naming the bad entry.
 *
 * @example parseIpRange('10.20.0.0/16') // { address: '10.20.0.0', prefix: 16, family: 'ipv4' }
 */
export function parseIpRange(raw: string): IpRange | null {
  const [address = '', prefixText, extra] = raw.trim().split('/');
  if (extra !== undefined) return null;
  const version = isIP(address);
  if (version === 0) return null;
  const max = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** The canonical text of a range, as stored. */
export const formatIpRange = (range: IpRange): string => `${range.address.toLowerCase()}/${range.prefix}`;

/**
 * Whether `ip` lies in any of `ranges` (CIDR text). IPv4 clients seen through an IPv6 socket
 * (`::ffff:192.0.2.7`) match IPv4 ranges too. Entries that do not parse never match.
 */
export function ipInRanges(ip: string, ranges: string[]): boolean {
  const version = isIP(ip);
  if (version === 0 || ranges.length === 0) return false;
  const list = new BlockList();
  for (const text of ranges) {
    const range = parseIpRange(text);
    if (range) list.addSubnet(range.address, range.prefix, range.family);
  }
  return list.check(ip, version === 4 ? 'ipv4' : 'ipv6');
}

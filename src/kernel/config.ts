import { resolve } from 'node:path';

/**
 * Everything the process reads from its environment, parsed once at start-up. A malformed value
 * stops start-up with one line naming the variable (ConfigError); every variable has a safe
 * default so `npm start` needs none of them.
 */
export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  stripeSecretKey: string | undefined;
  stripeWebhookSecret: string | undefined;
  stripeApiBase: string | undefined;
  logLevel: string;
  siteName: string;
  /** Free articles an anonymous browser may read each calendar month before the registration wall. */
  meterAnonymous: number;
  /** Further free articles a registered reader may read each month. */
  meterRegistered: number;
  /** Newsletter messages per second across the SMTP pool (0: as fast as the server takes them). */
  newsletterRate: number;
  /** Pooled SMTP connections for newsletter sends. */
  smtpConnections: number;
  /** Optional DKIM signing of outgoing mail (most providers sign for you; self-hosted relays may not). */
  dkim: { domainName: string; keySelector: string; privateKey: string } | undefined;
  /** Optional mailto: address offered in List-Unsubscribe beside the HTTPS link. */
  unsubscribeMailto: string | undefined;
  /**
   * Which proxies may tell us the client's address (X-Forwarded-For): false (default: trust no one,
   * use the connection's address), true (behind exactly the proxies you control), or proxy addresses/CIDRs. Rate limits and
   * IP-range licences depend on it, so it is never "trust everyone" by default.
   */
  trustProxy: boolean | string;
  /** Lets webhooks and embeds reach private and loopback addresses (tests and closed networks only). */
  outboundAllowPrivate: boolean;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols.map((p) => `${p}//...`).join(' or ')})`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}, got "${url.protocol}"`);
  }
  return raw;
}

function readDkim(env: Env): Config['dkim'] {
  const domainName = env.DKIM_DOMAIN?.trim();
  const keySelector = env.DKIM_SELECTOR?.trim();
  const privateKey = env.DKIM_PRIVATE_KEY?.replace(/\\n/g, '\n').trim();
  if (!domainName && !keySelector && !privateKey) return undefined;
  if (!domainName || !keySelector || !privateKey) throw new ConfigError('DKIM_PRIVATE_KEY', 'needs DKIM_DOMAIN and DKIM_SELECTOR too (set all three, or none)');
  if (!/-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(privateKey)) throw new ConfigError('DKIM_PRIVATE_KEY', 'must be a PEM private key (-----BEGIN PRIVATE KEY-----...)');
  return { domainName, keySelector, privateKey };
}

function readTrustProxy(env: Env): Config['trustProxy'] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.every((p) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(p) || ['loopback', 'linklocal', 'uniquelocal'].includes(p))) return parts.join(',');
  throw new ConfigError('TRUST_PROXY', `must be true or the proxies' addresses/CIDRs separated by commas, got "${raw}"`);
}

function readMailto(env: Env): string | undefined {
  const value = env.UNSUBSCRIBE_MAILTO?.trim();
  if (!value) return undefined;
  if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value)) throw new ConfigError('UNSUBSCRIBE_MAILTO', `must be an email address, got "${value}"`);
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const port = readInt(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '0.0.0.0';
  const publicUrl = (readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:', 'sqlite:', 'file:']);
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const mailFrom = env.MAIL_FROM?.trim() || `The Levant Ledger <newsroom@${new URL(publicUrl).hostname}>`;
  if (!/@/.test(mailFrom)) throw new ConfigError('MAIL_FROM', `must contain an email address, got "${mailFrom}"`);
  const stripeSecretKey = env.STRIPE_SECRET_KEY?.trim() || undefined;
  if (stripeSecretKey && !/^(sk|rk)_/.test(stripeSecretKey)) {
    throw new ConfigError('STRIPE_SECRET_KEY', 'must start with sk_ or rk_');
  }
  return {
    port,
    host,
    publicUrl,
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    databaseUrl,
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom,
    stripeSecretKey,
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET?.trim() || undefined,
    stripeApiBase: readUrl(env, 'STRIPE_API_BASE', ['http:', 'https:']),
    logLevel,
    siteName: env.SITE_NAME?.trim() || 'The Levant Ledger',
    meterAnonymous: readInt(env, 'METER_ANONYMOUS', 3, 0, 1000),
    meterRegistered: readInt(env, 'METER_REGISTERED', 5, 0, 1000),
    newsletterRate: readInt(env, 'NEWSLETTER_RATE', 0, 0, 100_000),
    smtpConnections: readInt(env, 'SMTP_CONNECTIONS', 5, 1, 100),
    dkim: readDkim(env),
    unsubscribeMailto: readMailto(env),
    trustProxy: readTrustProxy(env),
    outboundAllowPrivate: ['1', 'true', 'yes'].includes(env.OUTBOUND_ALLOW_PRIVATE?.trim().toLowerCase() ?? ''),
  };
}

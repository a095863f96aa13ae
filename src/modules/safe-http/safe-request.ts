import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { AppError } from '../../kernel/errors.js';
import { isPublicAddress } from './public-address.js';

export interface SafeRequestOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** For the whole exchange, redirects included (default 5 s). */
  timeoutMs?: number;
  /** Most bytes of body read (default 1 MB). */
  maxBytes?: number;
  /** `truncate` keeps the first maxBytes (enough to read a page's head); `fail` refuses the response. */
  overflow?: 'truncate' | 'fail';
  /** Redirects followed, each one checked again (default 3; 0 refuses redirects). */
  maxRedirects?: number;
  /** Lets tests reach servers on loopback. Never set from user input. */
  allowPrivate?: boolean;
  userAgent?: string;
}

export interface SafeResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The URL finally answered, after redirects. */
  url: string;
  truncated: boolean;
}

const notAllowed = (message: string) => new AppError('URL_NOT_ALLOWED', 422, message, { url: 'not allowed' });

/** Parses and checks a URL a person gave: http(s) only, no credentials, an IP literal must be public. */
export function checkOutboundUrl(raw: string, allowPrivate = false): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('URL_INVALID', 400, `"${raw.slice(0, 200)}" is not a web address: it should start with https://`, { url: 'invalid' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notAllowed(`Only http and https addresses can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw notAllowed('Addresses with a user name or password cannot be fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allowPrivate && !isPublicAddress(host)) throw notAllowed(`${host} is a private or local address: only public web addresses can be fetched`);
  return url;
}

/**
 * A DNS lookup that refuses a host name when any of its addresses is not public, and hands the
 * checked addresses straight to the socket: the connection goes to an address we vetted, so a
 * second resolution (DNS rebinding) cannot swap in 127.0.0.1 between the check and the connect.
 */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: (...args: unknown[]) => void): void => {
    dnsLookup(hostname, { all: true, family: typeof options.family === 'number' ? options.family : 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      if (addresses.length === 0) return callback(new Error(`${hostname} has no address`));
      const blocked = addresses.find((a) => !isPublicAddress(a.address));
      if (blocked && !allowPrivate) return callback(notAllowed(`${hostname} resolves to ${blocked.address}, a private or local address: only public web addresses can be fetched`));
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function once(url: URL, options: SafeRequestOptions, deadline: number): Promise<{ response: IncomingMessage; body: Buffer; truncated: boolean }> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new AppError('FETCH_TIMEOUT', 504, `${url.host} did not answer in time`));
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method: options.method ?? 'GET',
      headers: { 'user-agent': options.userAgent ?? 'Dateline/0.1 (link preview)', accept: '*/*', ...options.headers },
      lookup: guardedLookup(options.allowPrivate ?? false) as never,
      timeout: remaining,
    });
    const timer = setTimeout(() => request.destroy(new AppError('FETCH_TIMEOUT', 504, `${url.host} did not answer within ${options.timeoutMs ?? 5000} ms`)), remaining);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      if (error instanceof AppError) return reject(error);
      const message = error instanceof Error ? error.message : String(error);
      reject(new AppError('FETCH_FAILED', 502, `Could not fetch ${url.host}: ${message}`));
    };
    request.on('timeout', () => request.destroy(new AppError('FETCH_TIMEOUT', 504, `${url.host} did not answer in time`)));
    request.on('error', fail);
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length'] ?? 0);
      if (options.overflow === 'fail' && declared > maxBytes) {
        response.destroy();
        return fail(new AppError('RESPONSE_TOO_LARGE', 502, `${url.host} answered with more than ${maxBytes} bytes`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      response.on('data', (chunk: Buffer) => {
        if (truncated) return;
        size += chunk.length;
        if (size > maxBytes) {
          if (options.overflow === 'fail') {
            response.destroy();
            return fail(new AppError('RESPONSE_TOO_LARGE', 502, `${url.host} answered with more than ${maxBytes} bytes`));
          }
          chunks.push(chunk.subarray(0, chunk.length - (size - maxBytes)));
          truncated = true;
          clearTimeout(timer);
          response.destroy();
          return resolve({ response, body: Buffer.concat(chunks), truncated });
        }
        chunks.push(chunk);
      });
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ response, body: Buffer.concat(chunks), truncated });
      });
      response.on('error', fail);
    });
    request.end(options.body);
  });
}

/**
 * Makes a server-side HTTP request to an address a person supplied (an embed, a webhook target)
 * without letting it reach the server's own network: only http(s); every address the host name
 * resolves to must be public, and the socket is pinned to the checked addresses; each redirect
 * is checked the same way, at most `maxRedirects` of them; the whole exchange has a deadline and
 * the body a size limit. `allowPrivate` exists for tests against local servers.
 */
export async function safeRequest(rawUrl: string, options: SafeRequestOptions = {}): Promise<SafeResponse> {
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  const maxRedirects = options.maxRedirects ?? 3;
  let url = checkOutboundUrl(rawUrl, options.allowPrivate);
  for (let hop = 0; ; hop++) {
    const { response, body, truncated } = await once(url, options, deadline);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location && status !== 304) {
      if (hop >= maxRedirects) throw new AppError('TOO_MANY_REDIRECTS', 502, maxRedirects === 0 ? `${url.host} answered with a redirect, which is not followed` : `${url.host} redirected more than ${maxRedirects} times`);
      url = checkOutboundUrl(new URL(location, url).toString(), options.allowPrivate);
      continue;
    }
    return { status, headers: response.headers, body, url: url.toString(), truncated };
  }
}

/**
 * Checks now, before storing it, that a URL (a webhook target) is http(s) and that its host name
 * resolves only to public addresses. Deliveries check again at connect time, since DNS can change.
 */
export async function assertPublicUrl(rawUrl: string, allowPrivate = false): Promise<URL> {
  const url = checkOutboundUrl(rawUrl, allowPrivate);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) || allowPrivate) return url;
  const addresses = await new Promise<LookupAddress[]>((resolve) => dnsLookup(host, { all: true }, (error, list) => resolve(error ? [] : list)));
  if (addresses.length === 0) throw new AppError('URL_HOST_NOT_FOUND', 422, `${host} could not be found: check the address`, { url: 'host not found' });
  const blocked = addresses.find((a) => !isPublicAddress(a.address));
  if (blocked) throw notAllowed(`${host} resolves to ${blocked.address}, a private or local address: only public web addresses are allowed`);
  return url;
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../kernel/config.js';
import { SESSION_IDLE_MS } from '../../modules/newsroom/index.js';

/**
 * The staff session cookie. Over HTTPS it is `__Host-dateline-staff`: the browser then insists on
 * Secure, Path=/ and no Domain, so no subdomain can set or read it. Over plain HTTP (local
 * development) the `__Host-` prefix would make browsers drop the cookie, so it is
 * `dateline-staff` there, without Secure.
 */
export function staffCookie(config: Config): { name: string; secure: boolean } {
  const secure = config.publicUrl.startsWith('https:');
  return { name: secure ? '__Host-dateline-staff' : 'dateline-staff', secure };
}

export function setStaffCookie(reply: FastifyReply, config: Config, token: string): void {
  const { name, secure } = staffCookie(config);
  reply.setCookie(name, token, { path: '/', httpOnly: true, secure, sameSite: 'strict', maxAge: Math.floor(SESSION_IDLE_MS / 1000) });
}

export function clearStaffCookie(reply: FastifyReply, config: Config): void {
  const { name, secure } = staffCookie(config);
  reply.clearCookie(name, { path: '/', httpOnly: true, secure, sameSite: 'strict' });
}

export const staffCookieValue = (request: FastifyRequest, config: Config): string | undefined => request.cookies[staffCookie(config).name];

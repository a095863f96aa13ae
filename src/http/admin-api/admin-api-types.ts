import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db, DialectName } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Config } from '../../kernel/config.js';
import type { EventBus } from '../../kernel/events.js';
import type { Mailer } from '../../modules/mail/index.js';
import type { NewsletterDeps } from '../../modules/newsletters/index.js';

/** What the Admin API needs from the composition root. */
export interface AdminApiDeps {
  config: Config;
  db: Db;
  dialect: DialectName;
  clock: Clock;
  events: EventBus;
  mailer: Mailer;
  /** The newsletters module's dependencies (sends, subscriptions). */
  newsletters: NewsletterDeps;
  /** Sign-in attempt limits (per 15 minutes); tests lower or raise them. */
  signInLimits?: { perEmail: number; perIp: number };
}

/** The Fastify instance resource plugins receive: typebox schemas type the handlers' input. */
export type AdminApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** One resource of the Admin API: a plugin registered under /api/admin (see admin-api.ts). */
export type AdminResource = (app: AdminApp, deps: AdminApiDeps) => Promise<void>;

/** A documented response, for the OpenAPI document. */
export interface ApiResponseDoc {
  description: string;
  schema?: unknown;
}

declare module 'fastify' {
  interface FastifySchema {
    /** One line for the OpenAPI document. */
    summary?: string;
    description?: string;
    /** The OpenAPI tag (resource) the route belongs to. */
    tags?: string[];
  }
  interface FastifyContextConfig {
    /** 'public': the Admin API route needs no key or session (sign-in, the OpenAPI document). */
    adminAuth?: 'public';
    /** Responses documented in the OpenAPI document, by status. */
    apiResponses?: Record<number, ApiResponseDoc>;
  }
}

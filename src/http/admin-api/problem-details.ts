import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.js';

/** An RFC 9457 problem: what every Admin API error looks like. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  /** For validation problems: each failing field (a dotted path) and what is wrong with it. */
  fields?: Record<string, string>;
  [extension: string]: unknown;
}

/** Problem types are stable URNs named after the code: `urn:dateline:problem:post-version-conflict`. */
export const problemType = (code: string): string => `urn:dateline:problem:${code.toLowerCase().replace(/_/g, '-')}`;

export function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: problemType(code), title: STATUS_CODES[status] ?? 'Error', status, code, detail, ...extra };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).header('content-type', 'application/problem+json; charset=utf-8').header('cache-control', 'no-store').send(JSON.stringify(body));
}

interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

const join = (base: string, key: string): string => (base ? `${base}.${key}` : key);
const dotted = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : join(path, part)), '');

function describe(e: SchemaError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minItems':
      return `must have at least ${String(p.limit)} items`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'format':
      return p.format === 'date-time' ? 'must be a date and time in ISO 8601, such as 2026-11-20T09:30:00Z' : `must be a valid ${String(p.format)}`;
    case 'pattern':
      return 'is not in the expected format';
    case 'type':
      return `must be ${/^[aeiou]/.test(String(p.type)) ? 'an' : 'a'} ${String(p.type)}`;
    case 'anyOf':
      return 'does not match any of the accepted forms';
    default:
      return e.message ?? 'is not valid';
  }
}

/**
 * Turns schema validation errors into `{ field: problem }`, one sentence per field, listing every
 * failing field (not only the first), with dotted paths such as `body.format` or `authors[1]`.
 */
export function fieldsFromValidation(errors: SchemaError[], context?: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const hasAdditional = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
  for (const e of errors) {
    // Branch errors of an anyOf are noise once the anyOf itself is reported.
    if (/\/anyOf\/\d+/.test(e.schemaPath) && [...anyOfPaths].some((p) => e.instancePath.startsWith(p))) continue;
    // typebox reports an unknown property twice: as "schema is false" and as additionalProperties.
    if (e.keyword === 'boolean' && hasAdditional.has(e.instancePath.split('/').slice(0, -1).join('/'))) continue;
    const base = dotted(e.instancePath);
    const names =
      e.keyword === 'required'
        ? ((e.params.requiredProperties ?? [e.params.missingProperty]) as string[]).map((k) => join(base, String(k)))
        : e.keyword === 'additionalProperties'
          ? ((Array.isArray(e.params.additionalProperties) ? e.params.additionalProperties : [e.params.additionalProperty]) as string[]).map((k) => join(base, String(k)))
          : [base || (context ?? 'request')];
    for (const name of names) fields[name] ??= describe(e);
  }
  return fields;
}

const FRAMEWORK_CODES: Record<string, [string, string]> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: ['INVALID_JSON', 'The request body is empty; send a JSON object.'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['INVALID_JSON', 'The request body is not valid JSON.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['INVALID_CONTENT_LENGTH', 'The Content-Length header does not match the body.'],
};

/**
 * The Admin API's error handler: AppErrors keep their code, status and fields; schema failures
 * become 400 VALIDATION_FAILED with every failing field; framework 4xx errors get a plain
 * sentence; anything else is logged and answered with a 500 that reveals nothing (no stack).
 */
export function problemErrorHandler(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError) {
    const extensions = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
    const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    return sendProblem(reply, problem(error.status, error.code, error.message, { ...(error.fields ? { fields: error.fields } : {}), ...extensions }));
  }
  const fastifyError = error as FastifyError & { validation?: SchemaError[]; validationContext?: string };
  if (Array.isArray(fastifyError.validation)) {
    const fields = fieldsFromValidation(fastifyError.validation, fastifyError.validationContext);
    const where = fastifyError.validationContext === 'querystring' ? 'query parameters' : fastifyError.validationContext === 'params' ? 'parts of the address' : 'fields';
    return sendProblem(reply, problem(400, 'VALIDATION_FAILED', `Some ${where} are not valid: ${Object.keys(fields).join(', ')}.`, { fields }));
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const [code, detail] = FRAMEWORK_CODES[fastifyError.code] ?? [fastifyError.code?.replace(/^FST_ERR_/, '') || 'BAD_REQUEST', STATUS_CODES[status] ?? 'The request could not be handled.'];
    return sendProblem(reply, problem(status, code, detail));
  }
  request.log.error({ err: error }, 'admin api error');
  return sendProblem(reply, problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side. The error was logged; try again, and tell the site admin if it keeps happening.'));
}

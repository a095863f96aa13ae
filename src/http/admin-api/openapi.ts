import type { RouteOptions } from 'fastify';
import type { ApiResponseDoc } from './admin-api-types.js';

interface CollectedRoute {
  method: string;
  url: string;
  schema: RouteOptions['schema'];
  isPublic: boolean;
  responses: Record<number, ApiResponseDoc>;
}

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema & { description?: string }>; required?: string[] } & Record<string, unknown>;

/** A plain copy of a schema: typebox adds symbol-keyed metadata that has no place in a JSON document. */
const plain = (schema: unknown): JsonSchema => JSON.parse(JSON.stringify(schema ?? {})) as JsonSchema;

const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string', description: 'urn:dateline:problem:<code>' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', description: 'Stable machine-readable code, e.g. POST_VERSION_CONFLICT' },
    detail: { type: 'string', description: 'What went wrong, for a person' },
    fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'Failing fields and why' },
  },
};

/**
 * Collects the Admin API's routes as Fastify registers them (an onRoute hook) and builds an
 * OpenAPI 3.1 document from their schemas: parameters from `params` and `querystring`, the
 * request body from `body`, responses from `config.apiResponses`. No swagger dependency: the
 * document is a pure function of the routes.
 */
export class OpenApiCollector {
  private routes: CollectedRoute[] = [];

  constructor(private readonly prefix: string) {}

  add(route: RouteOptions): void {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    for (const method of methods) {
      this.routes.push({ method: method.toLowerCase(), url: route.url, schema: route.schema, isPublic: route.config?.adminAuth === 'public', responses: route.config?.apiResponses ?? {} });
    }
  }

  document(info: { title: string; version: string; serverUrl: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    const tags = new Set<string>();
    for (const route of this.routes) {
      if (route.url.endsWith('*')) continue;
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const schema = route.schema ?? {};
      const parameters: unknown[] = [];
      for (const [where, part] of [['path', schema.params], ['query', schema.querystring]] as const) {
        const s = plain(part);
        for (const [name, prop] of Object.entries(s.properties ?? {})) {
          const { description, ...rest } = prop;
          parameters.push({ name, in: where, required: where === 'path' || (s.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest });
        }
      }
      const responses: Record<string, unknown> = {};
      for (const [status, doc] of Object.entries(route.responses)) {
        responses[status] = { description: doc.description, ...(doc.schema ? { content: { 'application/json': { schema: plain(doc.schema) } } } : {}) };
      }
      responses.default = { description: 'An error, as RFC 9457 problem details', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
      const tag = schema.tags?.[0] ?? route.url.slice(this.prefix.length).split('/')[1] ?? 'api';
      tags.add(tag);
      const operation: Record<string, unknown> = {
        operationId: `${route.method}${path.slice(this.prefix.length).replace(/[{}]/g, '').replace(/[/.-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
        tags: [tag],
        ...(schema.summary ? { summary: schema.summary } : {}),
        ...(schema.description ? { description: schema.description } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(schema.body ? { requestBody: { required: true, content: { 'application/json': { schema: plain(schema.body) } } } } : {}),
        responses,
        ...(route.isPublic ? { security: [] } : {}),
      };
      (paths[path] ??= {})[route.method] = operation;
    }
    return {
      openapi: '3.1.0',
      info: { title: info.title, version: info.version, description: 'The Dateline Admin API: everything the newsroom does. See docs/admin-api.md.' },
      servers: [{ url: info.serverUrl }],
      security: [{ bearerKey: [] }, { staffSession: [], csrfToken: [] }],
      tags: [...tags].sort().map((name) => ({ name })),
      paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
      components: {
        securitySchemes: {
          bearerKey: { type: 'http', scheme: 'bearer', description: 'An Admin API key (dl_...), from `dateline keys create` or POST /api/admin/keys' },
          staffSession: { type: 'apiKey', in: 'cookie', name: '__Host-dateline-staff', description: 'The newsroom session cookie (dateline-staff over plain HTTP)' },
          csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'Required with the session cookie on POST, PATCH, PUT and DELETE' },
        },
        schemas: { Problem: PROBLEM },
      },
    };
  }
}

import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { AdminApiDeps, AdminApp, AdminResource } from './admin-api-types.js';
import { adminAuthHook } from './admin-auth.js';
import { OpenApiCollector } from './openapi.js';
import { postsRoutes } from './posts-routes.js';
import { mediaRoutes } from './media-routes.js';
import { tagsRoutes } from './tags-routes.js';
import { authorsRoutes } from './authors-routes.js';
import { webhooksRoutes } from './webhooks-routes.js';
import { embedsRoutes } from './embeds-routes.js';
import { sectionsRoutes } from './sections-routes.js';
import { postWorkflowRoutes } from './post-workflow-routes.js';
import { postRevisionRoutes } from './post-revision-routes.js';
import { sessionRoutes } from './session-routes.js';
import { staffRoutes } from './staff-routes.js';
import { keysRoutes } from './keys-routes.js';
import { newslettersRoutes } from './newsletters-routes.js';
import { sendsRoutes } from './sends-routes.js';
import { membersRoutes } from './members-routes.js';
import { tiersRoutes } from './tiers-routes.js';
import { offersRoutes } from './offers-routes.js';
import { groupsRoutes } from './groups-routes.js';
import { revenueRoutes } from './revenue-routes.js';
import { problem, problemErrorHandler, sendProblem } from './problem-details.js';
import { signInConfirmPage } from './sign-in-confirm-page.js';

export const ADMIN_API_PREFIX = '/api/admin';

/**
 * The Admin API's resources. Each is one file exporting an AdminResource; add a resource by
 * adding it here. Routes inside are relative to /api/admin, validated by their typebox schemas,
 * authenticated by the hook below (unless `config.adminAuth: 'public'`) and described in the
 * OpenAPI document automatically.
 */
const RESOURCES: AdminResource[] = [
  postsRoutes,
  mediaRoutes,
  tagsRoutes,
  authorsRoutes,
  webhooksRoutes,
  embedsRoutes,
  sectionsRoutes,
  postWorkflowRoutes,
  postRevisionRoutes,
  sessionRoutes,
  staffRoutes,
  keysRoutes,
  newslettersRoutes,
  sendsRoutes,
  membersRoutes,
  tiersRoutes,
  offersRoutes,
  groupsRoutes,
  revenueRoutes,
];

/**
 * The Admin API, one encapsulated plugin under /api/admin: its own auth hook, validator (typebox,
 * reporting every failing field), problem+json error and 404 handlers and OpenAPI document, none
 * of which leak into the reader's site.
 */
export async function adminApi(app: FastifyInstance, deps: AdminApiDeps): Promise<void> {
  await app.register(
    async (scoped) => {
      const api = scoped as unknown as AdminApp;
      const openapi = new OpenApiCollector(ADMIN_API_PREFIX);
      api.addHook('onRoute', (route) => openapi.add(route));
      await api.register(cookie);
      api.setValidatorCompiler(TypeBoxValidatorCompiler);
      api.setErrorHandler(problemErrorHandler);
      api.setNotFoundHandler((request, reply) => sendProblem(reply, problem(404, 'NOT_FOUND', `There is no Admin API route ${request.method} ${request.url.split('?')[0]}. The routes are listed at ${ADMIN_API_PREFIX}/openapi.json.`)));
      api.addHook('onRequest', adminAuthHook(deps));
      // A POST without a body is an empty object, so optional-only bodies validate and required fields are named.
      api.addHook('preValidation', async (request) => {
        if (request.body === undefined && request.method !== 'GET' && request.method !== 'HEAD') request.body = {};
      });
      api.addHook('onSend', async (_request, reply, payload) => {
        reply.header('cache-control', 'no-store');
        return payload;
      });

      api.get('/openapi.json', { schema: { summary: 'This OpenAPI 3.1 document', tags: ['meta'] }, config: { adminAuth: 'public', apiResponses: { 200: { description: 'The OpenAPI document' } } } }, async () =>
        openapi.document({ title: `${deps.config.siteName} Admin API`, version: '1', serverUrl: deps.config.publicUrl }),
      );
      for (const resource of RESOURCES) await api.register(async (child) => resource(child as unknown as AdminApp, deps));
    },
    { prefix: ADMIN_API_PREFIX },
  );
  await app.register(async (pages) => signInConfirmPage(pages, deps));
}

import { listSections } from '../../modules/content/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';

/** Sections, read-only: the newsroom's article settings offer them. They change rarely, by migration or seed. */
export const sectionsRoutes: AdminResource = async (app, deps) => {
  app.get('/sections', {
    schema: { summary: 'List sections in their display order', tags: ['sections'] },
    config: { apiResponses: { 200: { description: '{"sections": [{id, slug, name, names, description, position}]}' } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'post.read');
    return { sections: await listSections(deps.db) };
  });
};

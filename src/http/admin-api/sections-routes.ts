import { Type } from 'typebox';
import { listSections } from '../../modules/content/index.js';
import type { AdminResource } from './admin-api-types.js';
import { PageMeta } from './pagination.js';

const SectionDoc = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), names: Type.Record(Type.String(), Type.String()), description: Type.String(), position: Type.Integer() });

/** Sections, read-only: the newsroom app offers them in the article settings. There are few: one page. */
export const sectionsRoutes: AdminResource = async (app, deps) => {
  app.get('/sections', {
    schema: { summary: 'List sections in navigation order', tags: ['sections'] },
    config: { apiResponses: { 200: { description: 'Every section', schema: Type.Object({ sections: Type.Array(SectionDoc), meta: PageMeta }) } } },
  }, async () => ({ sections: await listSections(deps.db), meta: { nextCursor: null } }));
};

import { Type } from 'typebox';
import { createStaff, disableStaff, listStaff, sendSignInLink, STAFF_ROLES } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { IdParams } from './post-schemas.js';

const TAGS = ['staff'];
const CreateStaffBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    role: Type.Enum([...STAFF_ROLES]),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    password: Type.Optional(Type.String({ maxLength: 1024, description: 'At least 10 characters; without one, a sign-in link is made and emailed' })),
    authorId: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()], { description: 'The author profile this person writes as' })),
  },
  { additionalProperties: false },
);

/** Staff accounts (admins only): list, add, disable. */
export const staffRoutes: AdminResource = async (app, deps) => {
  app.get('/staff', { schema: { summary: 'List staff accounts', tags: TAGS }, config: { apiResponses: { 200: { description: '{"staff": [...]}' } } } }, async (request) => ({
    staff: await listStaff(deps, actorOf(request)),
  }));

  app.post('/staff', {
    schema: { summary: 'Add a staff account', tags: TAGS, body: CreateStaffBody },
    config: { apiResponses: { 201: { description: '{"staff": {...}, "signInLinkSent"?: true}: without a password, a one-time sign-in link is emailed to them' } } },
  }, async (request, reply) => {
    const staff = await createStaff(deps, actorOf(request), request.body);
    if (request.body.password !== undefined) return reply.code(201).send({ staff });
    // The link goes to the new colleague only: answering it here would let an admin sign in as them.
    await sendSignInLink({ ...deps, publicUrl: deps.config.publicUrl, siteName: deps.config.siteName }, staff.email);
    return reply.code(201).send({ staff, signInLinkSent: true });
  });

  app.post('/staff/:id/disable', {
    schema: { summary: 'Disable a staff account: it can no longer sign in and its sessions end', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: '{"staff": {...}}' } } },
  }, async (request) => ({ staff: await disableStaff(deps, actorOf(request), request.params.id) }));
};

import { requirePermission } from '../../modules/newsroom/index.js';
import { assembleDigest, createNewsletter, getNewsletter, importSuppressions, listNewsletters, parseMailbox, updateNewsletter } from '../../modules/newsletters/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { IdParams } from './post-schemas.js';
import { CreateNewsletterBody, DigestBody, NewsletterDoc, SendDoc, SuppressionsBody, UpdateNewsletterBody } from './newsletter-schemas.js';
import { Type } from 'typebox';

const TAGS = ['newsletters'];

/** Newsletters (lists) and the suppression list: editors read them, admins manage them. */
export const newslettersRoutes: AdminResource = async (app, deps) => {
  const nl = deps.newsletters;

  app.get('/newsletters', {
    schema: { summary: 'List newsletters with their subscriber counts', tags: TAGS, querystring: Type.Object({ archived: Type.Optional(Type.Boolean()) }, { additionalProperties: false }) },
    config: { apiResponses: { 200: { description: 'Every newsletter (there are few)', schema: Type.Object({ newsletters: Type.Array(NewsletterDoc), meta: Type.Object({ nextCursor: Type.Null() }) }) } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.send');
    return { newsletters: await listNewsletters(nl.db, { includeArchived: request.query.archived === true }), meta: { nextCursor: null } };
  });

  app.post('/newsletters', {
    schema: { summary: 'Create a newsletter', tags: TAGS, body: CreateNewsletterBody },
    config: { apiResponses: { 201: { description: 'The newsletter', schema: Type.Object({ newsletter: NewsletterDoc }) } } },
  }, async (request, reply) => {
    requirePermission(actorOf(request), 'newsletters.manage');
    const newsletter = await createNewsletter({ db: nl.db, clock: nl.clock, defaultSender: parseMailbox(deps.config.mailFrom) }, request.body);
    return reply.code(201).header('location', `/api/admin/newsletters/${newsletter.id}`).send({ newsletter });
  });

  app.get('/newsletters/:id', {
    schema: { summary: 'Get a newsletter', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The newsletter', schema: Type.Object({ newsletter: NewsletterDoc }) } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.send');
    return { newsletter: await getNewsletter(nl.db, request.params.id) };
  });

  app.patch('/newsletters/:id', {
    schema: { summary: 'Change a newsletter (archive it with status "archived")', tags: TAGS, params: IdParams, body: UpdateNewsletterBody },
    config: { apiResponses: { 200: { description: 'The newsletter', schema: Type.Object({ newsletter: NewsletterDoc }) } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.manage');
    const current = await getNewsletter(nl.db, request.params.id);
    return { newsletter: await updateNewsletter(nl, current.id, request.body) };
  });

  app.post('/newsletters/:id/digest', {
    schema: { summary: 'Assemble a draft issue from one day’s published stories, for an editor to review', tags: TAGS, params: IdParams, body: DigestBody },
    config: { apiResponses: { 201: { description: 'The draft send', schema: Type.Object({ send: SendDoc }) }, 200: { description: 'No stories that day: `send` is null' } } },
  }, async (request, reply) => {
    requirePermission(actorOf(request), 'newsletters.send');
    const newsletter = await getNewsletter(nl.db, request.params.id);
    const day = request.body.date ? new Date(`${request.body.date}T00:00:00.000Z`) : nl.clock.now();
    const send = await assembleDigest(nl, newsletter.id, day);
    return send ? reply.code(201).send({ send }) : { send: null };
  });

  app.post('/suppressions', {
    schema: { summary: 'Stop all newsletter mail to these addresses (bounces, complaints, requests)', tags: TAGS, body: SuppressionsBody },
    config: { apiResponses: { 200: { description: 'How many were new', schema: Type.Object({ added: Type.Integer(), skipped: Type.Integer() }) } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.manage');
    const reason = request.body.reason ?? 'manual';
    return importSuppressions(nl, request.body.emails.map((e) => `${e},${reason}`).join('\n'));
  });
};

import { Type } from 'typebox';
import { AppError } from '../../kernel/errors.js';
import { getPost, type Post } from '../../modules/content/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import { cancelSend, createSend, getNewsletter, listSends, renderNewsletterEmail, sendReport, startSend, UNSUBSCRIBE_PLACEHOLDER } from '../../modules/newsletters/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { decodeKeyCursor, encodeKeyCursor } from './keyset-cursor.js';
import { IdParams } from './post-schemas.js';
import { CreateSendBody, ListSendsQuery, PreviewQuery, SendDoc, StartSendBody, TestSendBody } from './newsletter-schemas.js';

const TAGS = ['sends'];
const SendEnvelope = Type.Object({ send: SendDoc });

/** Sends: an article or an issue to a newsletter, now, later, or as a draft; reports, previews and test copies. */
export const sendsRoutes: AdminResource = async (app, deps) => {
  const nl = deps.newsletters;

  const render = async (sendId: string, variant: 'free' | 'paid') => {
    const send = await sendReport(nl, sendId);
    const newsletter = await getNewsletter(nl.db, send.newsletterId);
    const posts = (await Promise.all(send.postIds.map((id) => getPost(nl.db, id)))).filter((p): p is Post => p !== undefined);
    return renderNewsletterEmail({ siteName: nl.siteName, publicUrl: nl.publicUrl, newsletterName: newsletter.name, language: newsletter.language, subject: send.subject, intro: '', posts, variant });
  };

  app.post('/sends', {
    schema: { summary: 'Send an article (or several) to a newsletter', tags: TAGS, body: CreateSendBody },
    config: { apiResponses: { 201: { description: 'The send, with its status', schema: SendEnvelope } } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    requirePermission(actor, 'newsletters.send');
    const { post, posts, newsletter, ...rest } = request.body;
    const postIds = posts ?? (post ? [post] : []);
    if (postIds.length === 0) throw new AppError('VALIDATION_FAILED', 400, 'Name the article to send in "post" (or several in "posts")', { post: 'is required' });
    const target = await getNewsletter(nl.db, newsletter);
    const send = await createSend(nl, { ...rest, newsletterId: target.id, postIds, createdBy: actor.kind === 'system' ? null : `${actor.kind}:${actor.id}` });
    return reply.code(201).header('location', `/api/admin/sends/${send.id}`).send({ send });
  });

  app.get('/sends', {
    schema: { summary: 'List sends, newest first', tags: TAGS, querystring: ListSendsQuery },
    config: { apiResponses: { 200: { description: 'A page of sends', schema: Type.Object({ sends: Type.Array(SendDoc), meta: Type.Object({ nextCursor: Type.Union([Type.String(), Type.Null()]) }) }) } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.send');
    const before = decodeKeyCursor(request.query.cursor, 1)?.[0];
    const newsletterId = request.query.newsletter ? (await getNewsletter(nl.db, request.query.newsletter)).id : undefined;
    const page = await listSends(nl, { newsletterId, limit: request.query.limit, before });
    const last = page.items[page.items.length - 1];
    return { sends: page.items, meta: { nextCursor: page.more && last ? encodeKeyCursor([last.id]) : null } };
  });

  app.get('/sends/:id', {
    schema: { summary: 'A send’s status and report: recipients, delivered, failed, unsubscribed since', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The send', schema: SendEnvelope } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.send');
    return { send: await sendReport(nl, request.params.id) };
  });

  app.post('/sends/:id/start', {
    schema: { summary: 'Send a reviewed draft now or at a time', tags: TAGS, params: IdParams, body: StartSendBody },
    config: { apiResponses: { 200: { description: 'The send', schema: SendEnvelope } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.send');
    return { send: await startSend(nl, request.params.id, request.body.scheduledAt) };
  });

  app.post('/sends/:id/cancel', {
    schema: { summary: 'Cancel a draft or scheduled send before it starts', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The send', schema: SendEnvelope } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'newsletters.send');
    return { send: await cancelSend(nl, request.params.id) };
  });

  app.get('/sends/:id/preview', {
    schema: { summary: 'The email as a free or a paid reader gets it (HTML or plain text)', tags: TAGS, params: IdParams, querystring: PreviewQuery },
    config: { apiResponses: { 200: { description: 'The rendered email' } } },
  }, async (request, reply) => {
    requirePermission(actorOf(request), 'newsletters.send');
    const email = await render(request.params.id, request.query.variant ?? 'free');
    const preview = `${nl.publicUrl}/newsletters`;
    if (request.query.format === 'text') return reply.type('text/plain; charset=utf-8').send(email.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, preview));
    // The preview is mail HTML (inline styles): sandbox it so it cannot run anything in the newsroom's origin.
    return reply.type('text/html; charset=utf-8').header('content-security-policy', "sandbox; default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; frame-ancestors 'self'").send(email.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, preview));
  });

  app.post('/sends/:id/test', {
    schema: { summary: 'Send a test copy to one address', tags: TAGS, params: IdParams, body: TestSendBody },
    config: { apiResponses: { 202: { description: 'Sent', schema: Type.Object({ sentTo: Type.String() }) } } },
  }, async (request, reply) => {
    requirePermission(actorOf(request), 'newsletters.send');
    const email = await render(request.params.id, request.body.variant ?? 'paid');
    const note = `${nl.publicUrl}/newsletters`;
    await nl.mailer.send({ to: request.body.email, subject: `[Test] ${email.subject}`, html: email.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, note), text: email.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, note) });
    return reply.code(202).send({ sentTo: request.body.email });
  });
};

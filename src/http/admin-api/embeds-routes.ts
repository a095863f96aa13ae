import { Type } from 'typebox';
import { fetchEmbed } from '../../modules/embeds/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';

const EmbedBody = Type.Object({ url: Type.String({ minLength: 1, maxLength: 2000, description: 'The address of the page to embed (http or https)' }) }, { additionalProperties: false });
const EmbedDoc = Type.Object({ url: Type.String(), provider: Type.String(), title: Type.String(), description: Type.String() });

/**
 * Embeds: the editor sends a pasted URL, the server fetches the page (public addresses only) and
 * answers the card to store in the document's embed block. Nothing from the page is executed.
 */
export const embedsRoutes: AdminResource = async (app, deps) => {
  // OUTBOUND_ALLOW_PRIVATE (tests, closed networks) lets embeds reach private addresses.
  const allowPrivate = deps.config.outboundAllowPrivate;
  app.post('/embeds', {
    schema: {
      summary: 'Make an embed card from a URL',
      description: 'Fetches the page server-side (5 s, 1 MB, at most 3 redirects; private, loopback, link-local and unique-local addresses refused with 422 URL_NOT_ALLOWED) and reads its OpenGraph title, description and site name.',
      tags: ['embeds'],
      body: EmbedBody,
    },
    config: { apiResponses: { 200: { description: 'The card', schema: Type.Object({ embed: EmbedDoc }) } } },
  }, async (request) => {
    return { embed: await fetchEmbed({ allowPrivate }, actorOf(request), request.body.url) };
  });
};

import { createReadStream } from 'node:fs';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import { AppError } from '../../kernel/errors.js';
import { deleteMedia, getMedia, listMedia, MAX_UPLOAD_BYTES, originalFile, updateMedia, uploadImage } from '../../modules/media/index.js';
import { can } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { decodeKeyCursor, encodeKeyCursor } from './keyset-cursor.js';
import { DEFAULT_LIMIT, PageMeta, PageQuery } from './pagination.js';
import { IdParams } from './post-schemas.js';

const TAGS = ['media'];
const MB = MAX_UPLOAD_BYTES / 1024 / 1024;

const MediaDoc = Type.Object({
  id: Type.String(),
  originalName: Type.String(),
  mime: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
  bytes: Type.Integer(),
  alt: Type.String(),
  caption: Type.String(),
  credit: Type.String(),
  sourceId: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  variantsReady: Type.Boolean({ description: 'False until the responsive variants are made (a job, usually within seconds)' }),
  url: Type.Union([Type.String(), Type.Null()], { description: 'Public JPEG fallback: use it as an image block\'s src' }),
  thumbnailUrl: Type.Union([Type.String(), Type.Null()]),
  variants: Type.Array(Type.Object({ width: Type.Integer(), format: Type.String(), file: Type.String() })),
});

const ListMediaQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the name, caption, credit, alt text or source id' })), ...PageQuery }, { additionalProperties: false });

const UpdateMediaBody = Type.Object(
  {
    alt: Type.Optional(Type.String({ maxLength: 1000, description: 'What the picture shows, for readers who cannot see it; required before an article with it as lead image is published' })),
    caption: Type.Optional(Type.String({ maxLength: 2000 })),
    credit: Type.Optional(Type.String({ maxLength: 300, description: 'e.g. AGENCY/Photographer' })),
    sourceId: Type.Optional(Type.String({ maxLength: 200, description: "The agency's id for the picture" })),
  },
  { additionalProperties: false, minProperties: 1 },
);

const TEXT_FIELDS = new Set(['alt', 'caption', 'credit', 'sourceId']);
const FIELD_LIMITS: Record<string, number> = { alt: 1000, caption: 2000, credit: 300, sourceId: 200 };

/**
 * The media library: upload (multipart, one file named "file", plus optional alt, caption,
 * credit and sourceId fields), list, edit, delete, and the private original. Uploads are checked
 * by content; the answer comes as soon as the original is stored, variants follow in a job.
 */
export const mediaRoutes: AdminResource = async (app, deps) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 8, fieldSize: 4000, parts: 10 } });
  const mediaDeps = { db: deps.db, clock: deps.clock, dataDir: deps.config.dataDir };

  app.get('/media', {
    schema: { summary: 'List the media library, newest first', tags: TAGS, querystring: ListMediaQuery },
    config: { apiResponses: { 200: { description: 'A page of images', schema: Type.Object({ media: Type.Array(MediaDoc), meta: PageMeta }) } } },
  }, async (request) => {
    const q = request.query;
    const [cursor] = decodeKeyCursor(q.cursor, 1) ?? [];
    const page = await listMedia(deps.db, { limit: q.limit ?? DEFAULT_LIMIT, cursor, query: q.q });
    return { media: page.items, meta: { nextCursor: page.nextCursor ? encodeKeyCursor([page.nextCursor]) : null } };
  });

  app.post('/media', {
    schema: {
      summary: 'Upload an image (JPEG, PNG or WebP)',
      description: `multipart/form-data with one file field named "file" (at most ${MB} MB) and optional text fields alt, caption, credit, sourceId. Caption, credit and source id not sent are prefilled from the photo's IPTC/XMP metadata. SVG and other formats get 415; larger files 413.`,
      tags: TAGS,
    },
    config: { apiResponses: { 201: { description: 'The stored image; variantsReady turns true when its variants are made', schema: Type.Object({ media: MediaDoc }) } } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    // Checked again by the operation; refusing here spares reading a 20 MB body for nothing.
    if (!can(actor.role, 'media.upload')) throw new AppError('FORBIDDEN', 403, `Your role (${actor.role}) may not upload images.`);
    if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 415, 'Send the image as multipart/form-data, in a field named "file"', { file: 'is required' });
    const fields: Record<string, string> = {};
    let file: { bytes: Buffer; name: string } | undefined;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', 400, 'Send the image in a field named "file"', { [part.fieldname]: 'is not a known field' });
          file = { bytes: await part.toBuffer(), name: part.filename || 'upload' };
        } else if (TEXT_FIELDS.has(part.fieldname) && typeof part.value === 'string') {
          if (part.value.length > FIELD_LIMITS[part.fieldname]!) throw new AppError('VALIDATION_FAILED', 400, `${part.fieldname} is too long`, { [part.fieldname]: `must be at most ${FIELD_LIMITS[part.fieldname]} characters` });
          fields[part.fieldname] = part.value.trim();
        }
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('MEDIA_TOO_LARGE', 413, `Images may be at most ${MB} MB: make it smaller (for example export it at 3000 pixels wide) and try again`, { file: `larger than ${MB} MB` });
      if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new AppError('VALIDATION_FAILED', 400, 'Upload one image at a time', { file: 'one file per request' });
      throw error;
    }
    if (!file) throw new AppError('VALIDATION_FAILED', 400, 'Choose an image to upload: the request had no field named "file"', { file: 'is required' });
    const { media, metadata } = await uploadImage(mediaDeps, actor, { bytes: file.bytes, originalName: file.name, alt: fields.alt, caption: fields.caption, credit: fields.credit, sourceId: fields.sourceId });
    return reply.code(201).header('location', `/api/admin/media/${media.id}`).send({ media: { ...media, photoMetadata: metadata } });
  });

  app.get('/media/:id', {
    schema: { summary: 'Get one image', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The image', schema: Type.Object({ media: MediaDoc }) } } },
  }, async (request) => {
    return { media: await getMedia(deps.db, request.params.id) };
  });

  app.get('/media/:id/original', {
    schema: { summary: 'Download the original file as uploaded (metadata included)', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The original bytes' } } },
  }, async (request, reply) => {
    const media = await getMedia(deps.db, request.params.id);
    const file = await originalFile(deps.config.dataDir, media.id);
    if (!file) throw new AppError('MEDIA_NOT_FOUND', 404, 'The original file of this image is missing');
    return reply.header('content-type', media.mime).header('content-disposition', 'inline').send(createReadStream(file.path));
  });

  app.patch('/media/:id', {
    schema: { summary: 'Edit alt text, caption, credit or source id', tags: TAGS, params: IdParams, body: UpdateMediaBody },
    config: { apiResponses: { 200: { description: 'The image', schema: Type.Object({ media: MediaDoc }) } } },
  }, async (request) => {
    return { media: await updateMedia(deps.db, actorOf(request), request.params.id, request.body) };
  });

  app.delete('/media/:id', {
    schema: { summary: 'Delete an image that no article or author uses', tags: TAGS, params: IdParams },
    config: { apiResponses: { 204: { description: 'Deleted' } } },
  }, async (request, reply) => {
    await deleteMedia(deps.db, deps.config.dataDir, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
};

import { Type, type Static } from 'typebox';
import { ACCESS_LEVELS, ARTICLE_TYPES, CREATE_STATUSES, POST_STATUSES, TRANSITION_ACTIONS } from '../../modules/content/index.js';
import { PageMeta, PageQuery } from './pagination.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-hjkmnp-tv-z]{26}$', description: 'A 26-character id' }) });
export type IdParams = Static<typeof IdParams>;

export const BodyInput = Type.Object(
  {
    format: Type.Enum(['html', 'markdown', 'doc'], { description: '"doc" is the structured document itself; HTML and Markdown are converted' }),
    content: Type.Unknown({ description: 'A string of HTML or Markdown, or a {"type":"doc","content":[...]} document' }),
  },
  { additionalProperties: false },
);

export const LeadImageInput = Nullable(
  Type.Object(
    {
      mediaId: Type.String({ minLength: 1, maxLength: 40 }),
      alt: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
      caption: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
      credit: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    },
    { additionalProperties: false },
  ),
);

/** Fields a create or an update may set. Section, authors and tags are named by id or slug. */
const postFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  slug: Type.String({ minLength: 1, maxLength: 200, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
  type: Type.Enum([...ARTICLE_TYPES]),
  access: Type.Enum([...ACCESS_LEVELS]),
  dek: Type.String({ maxLength: 1000 }),
  dateline: Type.String({ maxLength: 100 }),
  language: Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'BCP 47, e.g. en or ar' }),
  body: BodyInput,
  section: Nullable(Type.String({ maxLength: 200, description: 'Section id or slug' })),
  authors: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20, description: 'Author ids or slugs, in byline order' }),
  tags: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50, description: 'Tag ids or slugs' }),
  leadImage: LeadImageInput,
  featured: Type.Boolean(),
  previewParagraphs: Type.Integer({ minimum: 0, maximum: 50 }),
  seoTitle: Type.String({ maxLength: 300 }),
  seoDescription: Type.String({ maxLength: 500 }),
  translationOf: Nullable(Type.String({ maxLength: 40 })),
};

const optional = <T extends Record<string, Parameters<typeof Type.Optional>[0]>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: ReturnType<typeof Type.Optional<T[K]>> };

const { title, type, body, ...rest } = postFields;

export const CreatePostBody = Type.Object(
  {
    title,
    type,
    body,
    ...optional(rest),
    status: Type.Optional(Type.Enum([...CREATE_STATUSES], { description: 'Default draft' })),
    publishAt: Type.Optional(Type.String({ format: 'date-time', description: 'With status "scheduled": when to publish' })),
  },
  { additionalProperties: false },
);
export type CreatePostBody = Static<typeof CreatePostBody>;

export const UpdatePostBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version these changes are based on' }),
    ...optional(postFields),
    status: Type.Optional(Type.Unknown({ description: 'Not accepted: change the status with POST /posts/{id}/transitions' })),
  },
  { additionalProperties: false },
);
export type UpdatePostBody = Static<typeof UpdatePostBody>;

export const ListPostsQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 100, description: `Comma-separated: ${POST_STATUSES.join(', ')}` })),
    type: Type.Optional(Type.String({ maxLength: 100, description: `Comma-separated: ${ARTICLE_TYPES.join(', ')}` })),
    section: Type.Optional(Type.String({ maxLength: 200, description: 'Section id or slug' })),
    author: Type.Optional(Type.String({ maxLength: 200, description: 'Author id or slug' })),
    language: Type.Optional(Type.String({ maxLength: 20 })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the title' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListPostsQuery = Static<typeof ListPostsQuery>;

export const TransitionBody = Type.Object(
  {
    action: Type.Enum([...TRANSITION_ACTIONS]),
    comment: Type.Optional(Type.String({ maxLength: 4000, description: 'Required for send-back' })),
    publishAt: Type.Optional(Type.String({ format: 'date-time', description: 'Required for schedule; optional for approve' })),
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'When given, the transition fails with 409 if the post changed since' })),
  },
  { additionalProperties: false },
);
export type TransitionBody = Static<typeof TransitionBody>;

export const CorrectionBody = Type.Object(
  {
    kind: Type.Optional(Type.Enum(['correction', 'update'], { description: 'Default correction' })),
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type CorrectionBody = Static<typeof CorrectionBody>;

/** Documentation of a post as answered (the API does not filter answers through this schema). */
export const PostDoc = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  url: Type.String({ format: 'uri' }),
  type: Type.Enum([...ARTICLE_TYPES]),
  status: Type.Enum([...POST_STATUSES]),
  access: Type.Enum([...ACCESS_LEVELS]),
  title: Type.String(),
  dek: Type.String(),
  body: Type.Optional(Type.Unknown({ description: 'The structured document (single post only)' })),
  dateline: Type.Optional(Type.String()),
  language: Type.String(),
  direction: Type.Enum(['ltr', 'rtl']),
  section: Nullable(Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() })),
  authors: Type.Array(Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() })),
  tags: Type.Optional(Type.Array(Type.Object({ id: Type.String(), slug: Type.String(), kind: Type.String(), name: Type.String() }))),
  leadImage: Nullable(Type.Object({}, { additionalProperties: true })),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  scheduledFor: Nullable(Type.String({ format: 'date-time' })),
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
  wordCount: Type.Optional(Type.Integer()),
  corrections: Type.Optional(Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), text: Type.String(), createdAt: Type.String() }))),
});
export const PostEnvelope = Type.Object({ post: PostDoc });
export const PostListEnvelope = Type.Object({ posts: Type.Array(PostDoc), meta: PageMeta });

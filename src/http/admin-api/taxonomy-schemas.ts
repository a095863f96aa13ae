import { Type, type Static } from 'typebox';
import { TAG_KINDS } from '../../modules/content/index.js';
import { PageMeta, PageQuery } from './pagination.js';

const Names = Type.Record(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }), Type.String({ maxLength: 200 }), { description: 'The name in other languages, e.g. {"ar": "..."}' });
const Slug = Type.String({ minLength: 1, maxLength: 120, description: 'Lowercase letters (any script), digits and hyphens; made from the name when left out' });

export const TagDoc = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  kind: Type.Enum([...TAG_KINDS]),
  name: Type.String(),
  names: Type.Record(Type.String(), Type.String()),
  description: Type.String(),
  posts: Type.Integer({ description: 'How many articles carry it' }),
});

export const CreateTagBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), kind: Type.Enum([...TAG_KINDS]), slug: Type.Optional(Slug), names: Type.Optional(Names), description: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type CreateTagBody = Static<typeof CreateTagBody>;

export const UpdateTagBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), kind: Type.Optional(Type.Enum([...TAG_KINDS])), slug: Type.Optional(Slug), names: Type.Optional(Names), description: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false, minProperties: 1 },
);

export const ListTagsQuery = Type.Object(
  { kind: Type.Optional(Type.Enum([...TAG_KINDS])), q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the name' })), ...PageQuery },
  { additionalProperties: false },
);

export const AuthorDoc = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  names: Type.Record(Type.String(), Type.String()),
  bio: Type.String(),
  photo: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  posts: Type.Integer({ description: 'How many articles carry the byline' }),
});

export const CreateAuthorBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), slug: Type.Optional(Slug), names: Type.Optional(Names), bio: Type.Optional(Type.String({ maxLength: 4000 })), photoMediaId: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9a-hjkmnp-tv-z]{26}$' }), Type.Null()])) },
  { additionalProperties: false },
);

export const UpdateAuthorBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), slug: Type.Optional(Slug), names: Type.Optional(Names), bio: Type.Optional(Type.String({ maxLength: 4000 })), photoMediaId: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9a-hjkmnp-tv-z]{26}$' }), Type.Null()])) },
  { additionalProperties: false, minProperties: 1 },
);

export const ListAuthorsQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the name' })), ...PageQuery }, { additionalProperties: false });

export const TagEnvelope = Type.Object({ tag: TagDoc });
export const TagListEnvelope = Type.Object({ tags: Type.Array(TagDoc), meta: PageMeta });
export const AuthorEnvelope = Type.Object({ author: AuthorDoc });
export const AuthorListEnvelope = Type.Object({ authors: Type.Array(AuthorDoc), meta: PageMeta });

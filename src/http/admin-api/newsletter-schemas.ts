import { Type } from 'typebox';
import { AUDIENCES } from '../../modules/newsletters/index.js';
import { PageQuery } from './pagination.js';

const Email = Type.String({ maxLength: 254, pattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$' });
const Language = Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' });
const Audience = Type.Enum([...AUDIENCES], { description: 'Who may receive it: anyone, members (free accounts too) or paid members only' });

export const NewsletterDoc = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  language: Type.String(),
  senderName: Type.String(),
  senderEmail: Type.String(),
  replyTo: Type.String(),
  audience: Audience,
  autoDigest: Type.Boolean(),
  status: Type.Enum(['active', 'archived']),
  subscribers: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const CreateNewsletterBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    slug: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 })),
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    language: Type.Optional(Language),
    senderName: Type.Optional(Type.String({ maxLength: 120 })),
    senderEmail: Type.Optional(Email),
    replyTo: Type.Optional(Type.Union([Email, Type.Literal('')])),
    audience: Type.Optional(Audience),
    autoDigest: Type.Optional(Type.Boolean({ description: 'Assemble a daily draft from the day’s stories for an editor to review' })),
  },
  { additionalProperties: false },
);

export const UpdateNewsletterBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    language: Type.Optional(Language),
    senderName: Type.Optional(Type.String({ maxLength: 120 })),
    senderEmail: Type.Optional(Email),
    replyTo: Type.Optional(Type.Union([Email, Type.Literal('')])),
    audience: Type.Optional(Audience),
    autoDigest: Type.Optional(Type.Boolean()),
    status: Type.Optional(Type.Enum(['active', 'archived'])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const SendDoc = Type.Object({
  id: Type.String(),
  newsletterId: Type.String(),
  subject: Type.String(),
  postIds: Type.Array(Type.String()),
  status: Type.Enum(['draft', 'scheduled', 'preparing', 'sending', 'sent', 'cancelled']),
  scheduledAt: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.Union([Type.String(), Type.Null()]),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  recipients: Type.Integer(),
  pending: Type.Integer(),
  delivered: Type.Integer(),
  failed: Type.Integer(),
  skipped: Type.Integer(),
  unsubscribedSince: Type.Integer(),
  trackOpens: Type.Boolean(),
  trackClicks: Type.Boolean(),
  opens: Type.Union([Type.Integer(), Type.Null()]),
  clicks: Type.Union([Type.Integer(), Type.Null()]),
});

export const CreateSendBody = Type.Object(
  {
    newsletter: Type.String({ minLength: 1, maxLength: 80, description: 'Newsletter id or slug' }),
    post: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Send one article' })),
    posts: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 30, description: 'Or an issue of several' })),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    intro: Type.Optional(Type.String({ maxLength: 5000 })),
    scheduledAt: Type.Optional(Type.String({ format: 'date-time', description: 'Send later (ISO 8601); omitted sends now' })),
    draft: Type.Optional(Type.Boolean({ description: 'Keep as a draft to review; start it with POST /sends/{id}/start' })),
    trackOpens: Type.Optional(Type.Boolean({ description: 'Off by default: an invisible image records opens' })),
    trackClicks: Type.Optional(Type.Boolean({ description: 'Off by default: links go through a redirect that records clicks' })),
  },
  { additionalProperties: false },
);

export const StartSendBody = Type.Object({ scheduledAt: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false });
export const TestSendBody = Type.Object({ email: Email, variant: Type.Optional(Type.Enum(['free', 'paid'])) }, { additionalProperties: false });
export const PreviewQuery = Type.Object({ variant: Type.Optional(Type.Enum(['free', 'paid'])), format: Type.Optional(Type.Enum(['html', 'text'])) }, { additionalProperties: false });
export const ListSendsQuery = Type.Object({ newsletter: Type.Optional(Type.String({ maxLength: 80 })), ...PageQuery }, { additionalProperties: false });
export const DigestBody = Type.Object({ date: Type.Optional(Type.String({ format: 'date', description: 'The day (UTC) to assemble; today when omitted' })) }, { additionalProperties: false });
export const SuppressionsBody = Type.Object({ emails: Type.Array(Email, { minItems: 1, maxItems: 10000 }), reason: Type.Optional(Type.Enum(['hard-bounce', 'complaint', 'manual'])) }, { additionalProperties: false });

import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { NewsletterTable } from '../../db/schema-newsletters.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { AUDIENCES, type Audience, type Newsletter } from './newsletter-types.js';

export interface NewsletterInput {
  name: string;
  slug?: string;
  description?: string;
  language?: string;
  senderName?: string;
  senderEmail?: string;
  replyTo?: string;
  audience?: Audience;
  autoDigest?: boolean;
  status?: 'active' | 'archived';
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function toNewsletter(row: Selectable<NewsletterTable>, subscribers: number): Newsletter {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    language: row.language,
    senderName: row.sender_name,
    senderEmail: row.sender_email,
    replyTo: row.reply_to,
    audience: row.audience as Audience,
    autoDigest: row.auto_digest === 1,
    status: row.status as Newsletter['status'],
    subscribers,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function validate(input: Partial<NewsletterInput>): void {
  const fields: Record<string, string> = {};
  if (input.name !== undefined && (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 120)) fields.name = 'is required (at most 120 characters)';
  if (input.slug !== undefined && !SLUG.test(input.slug)) fields.slug = 'must be lowercase letters, digits and hyphens';
  if (input.audience !== undefined && !AUDIENCES.includes(input.audience)) fields.audience = `must be one of ${AUDIENCES.join(', ')}`;
  if (input.senderEmail !== undefined && input.senderEmail !== '' && !EMAIL.test(input.senderEmail)) fields.senderEmail = 'must be an email address';
  if (input.replyTo !== undefined && input.replyTo !== '' && !EMAIL.test(input.replyTo)) fields.replyTo = 'must be an email address';
  if (input.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(input.language)) fields.language = 'must be a language tag such as en or ar';
  if (input.status !== undefined && !['active', 'archived'].includes(input.status)) fields.status = 'must be active or archived';
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, `Some newsletter fields are not valid: ${Object.keys(fields).join(', ')}`, fields);
}

async function subscriberCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('newsletter_subscriptions')
    .select(['newsletter_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('newsletter_id', 'in', ids)
    .where('status', '=', 'subscribed')
    .groupBy('newsletter_id')
    .execute();
  return new Map(rows.map((r) => [r.newsletter_id, Number(r.n)]));
}

export async function listNewsletters(db: Db, options: { includeArchived?: boolean } = {}): Promise<Newsletter[]> {
  let query = db.selectFrom('newsletters').selectAll().orderBy('position').orderBy('name');
  if (!options.includeArchived) query = query.where('status', '=', 'active');
  const rows = await query.execute();
  const counts = await subscriberCounts(db, rows.map((r) => r.id));
  return rows.map((r) => toNewsletter(r, counts.get(r.id) ?? 0));
}

export async function getNewsletter(db: Db, idOrSlug: string): Promise<Newsletter> {
  const row = await db.selectFrom('newsletters').selectAll().where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)])).executeTakeFirst();
  if (!row) throw new AppError('NEWSLETTER_NOT_FOUND', 404, 'There is no such newsletter');
  return toNewsletter(row, (await subscriberCounts(db, [row.id])).get(row.id) ?? 0);
}

/** Creates a newsletter. Sender defaults come from the site's MAIL_FROM. */
export async function createNewsletter(deps: { db: Db; clock: Clock; defaultSender: { name: string; email: string } }, input: NewsletterInput): Promise<Newsletter> {
  if (typeof input.name !== 'string') throw new AppError('VALIDATION_FAILED', 400, 'A newsletter needs a name', { name: 'is required' });
  validate(input);
  const now = deps.clock.now().toISOString();
  const slug = input.slug ?? input.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') ?? 'newsletter';
  const taken = await deps.db.selectFrom('newsletters').select('id').where('slug', '=', slug).executeTakeFirst();
  if (taken) throw new AppError('NEWSLETTER_SLUG_TAKEN', 409, `A newsletter with the slug "${slug}" already exists`, { slug: 'is taken' });
  const id = newId(deps.clock.now().getTime());
  await deps.db
    .insertInto('newsletters')
    .values({
      id,
      slug: slug || id,
      name: input.name.trim(),
      description: input.description?.trim() ?? '',
      language: input.language ?? 'en',
      sender_name: input.senderName?.trim() || deps.defaultSender.name,
      sender_email: input.senderEmail?.trim() || deps.defaultSender.email,
      reply_to: input.replyTo?.trim() ?? '',
      audience: input.audience ?? 'anyone',
      auto_digest: input.autoDigest ? 1 : 0,
      status: input.status ?? 'active',
      position: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return getNewsletter(deps.db, id);
}

export async function updateNewsletter(deps: { db: Db; clock: Clock }, id: string, input: Partial<NewsletterInput>): Promise<Newsletter> {
  validate(input);
  await getNewsletter(deps.db, id);
  const set: Updateable<NewsletterTable> = { updated_at: deps.clock.now().toISOString() };
  if (input.name !== undefined) set.name = input.name.trim();
  if (input.description !== undefined) set.description = input.description.trim();
  if (input.language !== undefined) set.language = input.language;
  if (input.senderName !== undefined) set.sender_name = input.senderName.trim();
  if (input.senderEmail !== undefined) set.sender_email = input.senderEmail.trim();
  if (input.replyTo !== undefined) set.reply_to = input.replyTo.trim();
  if (input.audience !== undefined) set.audience = input.audience;
  if (input.autoDigest !== undefined) set.auto_digest = input.autoDigest ? 1 : 0;
  if (input.status !== undefined) set.status = input.status;
  await deps.db.updateTable('newsletters').set(set).where('id', '=', id).execute();
  return getNewsletter(deps.db, id);
}

/** Parses "Name <address>" into its parts, for newsletter sender defaults. */
export function parseMailbox(value: string): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return match ? { name: match[1]!.replace(/^"|"$/g, ''), email: match[2]! } : { name: '', email: value.trim() };
}

import type { AuthorRef, PostSummary } from '../../modules/content/index.js';
import { formatDate, formatDateTime, localName } from '../i18n.js';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';

/** The label above a headline: the type for analysis, memos and reports, else the section. */
export function kickerText(ctx: SiteContext, post: Pick<PostSummary, 'type' | 'section'>): string {
  if (post.type === 'analysis') return ctx.t('analysis');
  if (post.type === 'memo') return ctx.t('memo');
  if (post.type === 'report') return ctx.t('report');
  return post.section ? localName(post.section, ctx.language) : ctx.t('news');
}

export function Kicker({ ctx, post }: { ctx: SiteContext; post: Pick<PostSummary, 'type' | 'section' | 'access'> }) {
  return (
    <p class={`kicker kicker-${post.type}`}>
      {kickerText(ctx, post)}
      {post.access !== 'public' ? (
        <span class={`access-badge access-${post.access}`}>{post.access === 'paid' ? ctx.t('forMembers') : ctx.t('forRegistered')}</span>
      ) : null}
    </p>
  );
}

/** "By A and B", each name linking to the author's page and isolated for bidirectional text. */
export function Byline({ ctx, authors }: { ctx: SiteContext; authors: AuthorRef[] }) {
  if (authors.length === 0) return null;
  return (
    <p class="byline">
      {ctx.t('by')}{' '}
      {authors.map((a, i) => (
        <span key={a.id}>
          {i > 0 ? (i === authors.length - 1 ? ` ${ctx.t('and')} ` : ', ') : null}
          <a href={paths.author(ctx.prefix, a.slug)} rel="author">
            <bdi>{localName(a, ctx.language)}</bdi>
          </a>
        </span>
      ))}
    </p>
  );
}

export function Timestamp({ ctx, iso, withTime = false }: { ctx: SiteContext; iso: string; withTime?: boolean }) {
  return <time dateTime={iso}>{withTime ? formatDateTime(iso, ctx.language) : formatDate(iso, ctx.language)}</time>;
}

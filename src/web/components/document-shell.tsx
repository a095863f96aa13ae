import type { ComponentChildren } from 'preact';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';
import { FeedAlternates } from './feed-alternates.js';
import { Masthead } from './masthead.js';
import { SiteFooter } from './site-footer.js';

export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
  /** Extra tags for <head>: OpenGraph, JSON-LD, alternates. */
  head?: ComponentChildren;
  noindex?: boolean;
}

/** The whole HTML document: head, skip link, masthead, the page's <main>, footer. */
export function DocumentShell({ ctx, meta, children }: { ctx: SiteContext; meta: PageMeta; children: ComponentChildren }) {
  return (
    <html lang={ctx.language} dir={ctx.direction}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        <link rel="canonical" href={meta.canonical} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={ctx.stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <FeedAlternates base={ctx.prefix} title={ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName} />
        {meta.head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ctx.t('skipToContent')}
        </a>
        <Masthead ctx={ctx} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter ctx={ctx} />
      </body>
    </html>
  );
}

export const homeUrl = (ctx: SiteContext): string => ctx.publicUrl + paths.home(ctx.prefix);

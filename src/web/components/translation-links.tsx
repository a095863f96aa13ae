import { directionOf, type TranslationLink } from '../../modules/content/index.js';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';

const pathOf = (post: { slug: string; type: string }): string => (post.type === 'page' ? `/${encodeURIComponent(post.slug)}` : paths.article(post.slug));

/** A language's name in that language ("العربية", "English"): what a reader of it looks for. */
export function nativeLanguageName(language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/**
 * `<link rel="alternate" hreflang>` for every language version of an article, itself included,
 * as search engines require of each page in the set.
 */
export function HreflangLinks({ ctx, self, translations }: { ctx: SiteContext; self: { slug: string; type: string; language: string }; translations: TranslationLink[] }) {
  if (translations.length === 0) return null;
  return (
    <>
      {[self, ...translations].map((t) => (
        <link key={t.language} rel="alternate" hreflang={t.language} href={ctx.publicUrl + pathOf(t)} />
      ))}
    </>
  );
}

/**
 * "Read in العربية": a link to each other language version, its name in its own language and
 * script. A paragraph, not a list: one translation is the usual case and reads as a sentence.
 */
export function TranslationLinks({ ctx, translations }: { ctx: SiteContext; translations: TranslationLink[] }) {
  if (translations.length === 0) return null;
  const [before, after] = ctx.t('readInLanguage', { language: '\u0000' }).split('\u0000') as [string, string | undefined];
  return (
    <p class="article-translations">
      {translations.map((t, i) => (
        <span key={t.language}>
          {i > 0 ? ' · ' : ''}
          {before}
          <a href={pathOf(t)} hreflang={t.language} lang={t.language} dir={directionOf(t.language)}>
            {nativeLanguageName(t.language)}
          </a>
          {after ?? ''}
        </span>
      ))}
    </p>
  );
}

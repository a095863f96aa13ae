import type { Section } from '../modules/content/index.js';
import { translator, type Translate } from './i18n.js';

/** What every page needs to draw the chrome around its content. */
export interface SiteContext {
  siteName: string;
  siteNameAr: string;
  publicUrl: string;
  /** The language of the interface on this page (the edition, or the article's language). */
  language: string;
  direction: 'ltr' | 'rtl';
  t: Translate;
  sections: Section[];
  stylesheet: string;
  /** Path prefix of the edition ('' for English, '/ar' for Arabic). */
  prefix: string;
}

export function makeContext(base: Omit<SiteContext, 'language' | 'direction' | 't' | 'prefix'>, language: string): SiteContext {
  const primary = language.split('-')[0]!;
  const rtl = ['ar', 'fa', 'he', 'ur'].includes(primary);
  return { ...base, language, direction: rtl ? 'rtl' : 'ltr', t: translator(language), prefix: primary === 'ar' ? '/ar' : '' };
}

/** URL paths of the reader site: the one place they are spelled. */
export const paths = {
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  section: (prefix: string, slug: string) => `${prefix}/section/${encodeURIComponent(slug)}`,
  tag: (prefix: string, slug: string) => `${prefix}/tag/${encodeURIComponent(slug)}`,
  author: (prefix: string, slug: string) => `${prefix}/author/${encodeURIComponent(slug)}`,
  archive: (prefix: string, y?: number, m?: number, d?: number) =>
    `${prefix}/archive${y ? `/${y}` : ''}${m ? `/${String(m).padStart(2, '0')}` : ''}${d ? `/${String(d).padStart(2, '0')}` : ''}`,
  home: (prefix: string) => prefix || '/',
  search: (prefix: string) => `${prefix}/search`,
};

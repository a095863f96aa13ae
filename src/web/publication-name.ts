import type { Config } from '../kernel/config.js';

/**
 * The outlet's name in a language, as feeds, the Google News sitemap and pages print it. The
 * Arabic name is also spelled in reader-site.tsx; both should read it from Config once it has it.
 */
export const publicationName = (config: Config, language: string): string => (language === 'ar' ? 'دفتر المشرق' : config.siteName);

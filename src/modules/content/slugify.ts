/**
 * A URL slug from a title: lowercase, Latin diacritics folded, words joined by hyphens. Letters of
 * other scripts (Arabic, Hebrew, Persian) are kept as they are; browsers show them readably.
 */
export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, maxLength).replace(/-+[^-]*$/, (tail) => (slug.length > maxLength ? '' : tail));
  return cut || 'untitled';
}

const SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
export const isSlug = (value: string): boolean => value.length <= 120 && SLUG.test(value);

/** Dates as the newsroom reads them: short, in the reader's own time zone. */
export function formatTime(iso: string | null): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export const STATUS_LABELS: Record<string, string> = { draft: 'Draft', review: 'In review', scheduled: 'Scheduled', published: 'Published', archived: 'Archived' };
export const TYPE_LABELS: Record<string, string> = { news: 'News', analysis: 'Analysis', memo: 'Memo', report: 'Report', page: 'Page' };
export const ACCESS_LABELS: Record<string, string> = { public: 'Everyone', registered: 'Registered readers', paid: 'Paying members' };
export const LANGUAGES: Record<string, string> = { en: 'English', ar: 'Arabic (العربية)', fa: 'Persian (فارسی)', he: 'Hebrew (עברית)', tr: 'Turkish (Türkçe)', fr: 'French' };
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);
export const directionOf = (language: string): 'ltr' | 'rtl' => (RTL.has(language.split('-')[0]!) ? 'rtl' : 'ltr');

/**
 * The reader site's interface strings. English is the fallback for languages without their own
 * table; Arabic is complete. Article text is never translated here, only the chrome around it.
 */
const en = {
  skipToContent: 'Skip to content',
  home: 'Home',
  sections: 'Sections',
  latest: 'Latest',
  latestNews: 'Latest news',
  analysis: 'Analysis',
  memosAndReports: 'Memos & reports',
  moreIn: 'More in {name}',
  by: 'By',
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  minRead: '{n} min read',
  tags: 'Topics',
  corrections: 'Corrections and updates',
  correction: 'Correction',
  update: 'Update',
  related: 'Related',
  archive: 'Archive',
  archiveFor: 'Archive: {date}',
  search: 'Search',
  searchPlaceholder: 'Search the archive',
  searchLabel: 'Search articles',
  older: 'Older articles',
  newer: 'Newest articles',
  pageNotFound: 'We could not find that page',
  notFoundHelp: 'The address may be mistyped, or the article may have moved. Try a search, or start from the latest stories.',
  serverError: 'Something went wrong on our side',
  serverErrorHelp: 'The page could not be shown. Please try again in a moment; if it keeps happening, let us know.',
  backHome: 'Go to the front page',
  articlesBy: 'Articles by {name}',
  noArticles: 'No articles here yet.',
  news: 'News',
  memo: 'Memo',
  report: 'Report',
  page: 'Page',
  topic: 'Topic',
  country: 'Country',
  person: 'Person',
  organization: 'Organization',
  registerToRead: 'Register for free to keep reading',
  registerToReadBody: 'This article is for registered readers. Create a free account with your email address to read it in full.',
  subscribeToRead: 'Subscribe to keep reading',
  subscribeToReadBody: 'This article is for members. A membership supports independent reporting and unlocks every article, memo and report.',
  upgradeToRead: 'This article is part of another plan',
  upgradeToReadBody: 'Your current plan does not include this article. Change your plan to read it in full.',
  register: 'Register for free',
  subscribe: 'See membership plans',
  signIn: 'Sign in',
  alreadyMember: 'Already a member?',
  forRegistered: 'Free with registration',
  forMembers: 'Members only',
  otherLanguage: 'العربية',
  otherLanguageLabel: 'Arabic edition',
  footerAbout: 'An independent newsroom covering the Middle East in English and Arabic.',
  feeds: 'Feeds',
  about: 'About',
  photo: 'Photo',
  tagline: 'Independent reporting and analysis from the Middle East',
  pageN: 'Page {n}',
  readInLanguage: 'Read in {language}',
} as const;

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const ar: Messages = {
  skipToContent: 'انتقل إلى المحتوى',
  home: 'الرئيسية',
  sections: 'الأقسام',
  latest: 'الأحدث',
  latestNews: 'آخر الأخبار',
  analysis: 'تحليل',
  memosAndReports: 'مذكرات وتقارير',
  moreIn: 'المزيد في {name}',
  by: 'بقلم',
  and: 'و',
  published: 'نُشر',
  updated: 'حُدّث',
  minRead: 'قراءة في {n} دقائق',
  tags: 'مواضيع',
  corrections: 'تصحيحات وتحديثات',
  correction: 'تصحيح',
  update: 'تحديث',
  related: 'ذو صلة',
  archive: 'الأرشيف',
  archiveFor: 'الأرشيف: {date}',
  search: 'بحث',
  searchPlaceholder: 'ابحث في الأرشيف',
  searchLabel: 'ابحث في المقالات',
  older: 'مقالات أقدم',
  newer: 'أحدث المقالات',
  pageNotFound: 'لم نعثر على هذه الصفحة',
  notFoundHelp: 'ربما كُتب العنوان بشكل خاطئ أو نُقل المقال. جرّب البحث أو ابدأ من آخر الأخبار.',
  serverError: 'حدث خطأ من جهتنا',
  serverErrorHelp: 'تعذّر عرض الصفحة. يُرجى المحاولة بعد قليل، وإن تكرر الأمر فأخبرنا.',
  backHome: 'العودة إلى الصفحة الرئيسية',
  articlesBy: 'مقالات {name}',
  noArticles: 'لا توجد مقالات هنا بعد.',
  news: 'أخبار',
  memo: 'مذكرة',
  report: 'تقرير',
  page: 'صفحة',
  topic: 'موضوع',
  country: 'بلد',
  person: 'شخصية',
  organization: 'مؤسسة',
  registerToRead: 'سجّل مجانًا لمتابعة القراءة',
  registerToReadBody: 'هذا المقال متاح للقراء المسجلين. أنشئ حسابًا مجانيًا ببريدك الإلكتروني لقراءته كاملًا.',
  subscribeToRead: 'اشترك لمتابعة القراءة',
  subscribeToReadBody: 'هذا المقال متاح للأعضاء. العضوية تدعم الصحافة المستقلة وتتيح لك كل المقالات والمذكرات والتقارير.',
  upgradeToRead: 'هذا المقال ضمن خطة أخرى',
  upgradeToReadBody: 'خطتك الحالية لا تشمل هذا المقال. غيّر خطتك لقراءته كاملًا.',
  register: 'سجّل مجانًا',
  subscribe: 'اطّلع على خطط العضوية',
  signIn: 'تسجيل الدخول',
  alreadyMember: 'عضو بالفعل؟',
  forRegistered: 'مجاني بعد التسجيل',
  forMembers: 'للأعضاء فقط',
  otherLanguage: 'English',
  otherLanguageLabel: 'English edition',
  footerAbout: 'غرفة أخبار مستقلة تغطي الشرق الأوسط بالعربية والإنكليزية.',
  feeds: 'خلاصات',
  about: 'من نحن',
  photo: 'صورة',
  tagline: 'صحافة وتحليلات مستقلة من الشرق الأوسط',
  pageN: 'الصفحة {n}',
  readInLanguage: 'اقرأ بـ{language}',
};

const TABLES: Record<string, Messages> = { en, ar };

/** The interface languages the site has tables for. */
export const EDITIONS = ['en', 'ar'] as const;
export type Edition = (typeof EDITIONS)[number];

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: string): Translate {
  const table = TABLES[language.split('-')[0]!] ?? en;
  return (key, params) => {
    let text = table[key] ?? en[key];
    if (params) for (const [name, value] of Object.entries(params)) text = text.replace(`{${name}}`, String(value));
    return text;
  };
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();
const TIME_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** "28 November 2026" in the reader's language (Arabic with Latin digits would be wrong: the locale chooses). */
export function formatDate(iso: string, language: string, timeZone = 'UTC'): string {
  const key = `${language}|${timeZone}`;
  let f = DATE_FORMATS.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'ar' ? 'ar-EG' : language, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    DATE_FORMATS.set(key, f);
  }
  return f.format(new Date(iso));
}

export function formatDateTime(iso: string, language: string, timeZone = 'UTC'): string {
  const key = `${language}|${timeZone}`;
  let f = TIME_FORMATS.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'ar' ? 'ar-EG' : language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' });
    TIME_FORMATS.set(key, f);
  }
  return f.format(new Date(iso));
}

/** A name in the reader's language when there is one. */
export const localName = (item: { name: string; names: Record<string, string> }, language: string): string => item.names[language] ?? item.name;

/**
 * Demo content for "The Levant Ledger" (دفتر المشرق), a fictional regional
 * newsroom used to show what Dateline looks like with real-feeling content.
 *
 * Everything here is invented: journalists, officials, companies, agencies,
 * quotes and figures. Real places are used only as settings.
 */

export type DemoArticleType = 'news' | 'analysis' | 'memo' | 'report' | 'page';
export type DemoAccess = 'public' | 'registered' | 'paid';
export type DemoTagKind = 'topic' | 'country' | 'person' | 'organization';

export interface DemoSection {
  slug: string;
  name: string;
  nameAr: string;
  description: string;
}

export interface DemoAuthor {
  slug: string;
  name: string;
  nameAr?: string;
  bio: string;
  /** key for makeDemoPortrait */
  portrait: string;
}

export interface DemoTag {
  slug: string;
  name: string;
  nameAr?: string;
  kind: DemoTagKind;
  description?: string;
}

export interface DemoImage {
  /** key for makeDemoImage */
  key: string;
  alt: string;
  caption: string;
  credit: string;
  sourceId: string;
}

export interface DemoCorrection {
  hoursAgo: number;
  kind: 'correction' | 'update';
  text: string;
}

export interface DemoArticle {
  /** lowercase ascii kebab-case, unique across ALL articles */
  slug: string;
  type: DemoArticleType;
  /** a DemoSection slug */
  section: string;
  language: 'en' | 'ar';
  title: string;
  /** standfirst, one or two sentences */
  dek: string;
  /** place in capitals for English e.g. 'BEIRUT'; Arabic e.g. 'بيروت'. Pages have none. */
  dateline?: string;
  /** DemoAuthor slugs, in byline order (1-2) */
  authors: string[];
  /** DemoTag slugs */
  tags: string[];
  access: DemoAccess;
  /** published this many hours before the seed runs */
  hoursAgo: number;
  /** if it was updated after publishing (smaller than hoursAgo) */
  updatedHoursAgo?: number;
  /** lead image (every non-page article has one) */
  image?: DemoImage;
  /** Markdown. Paid/registered articles contain a `<!-- paywall -->` line where the preview ends. */
  body: string;
  corrections?: DemoCorrection[];
  /** exactly one English article is featured (the front page top story) */
  featured?: boolean;
  /** Slug of the English article this one translates: the pages link each other with hreflang. */
  translationOf?: string;
}

/** The marker line that separates the free preview from the rest of a gated article. */
export const PAYWALL_MARKER = '<!-- paywall -->';

export const outlet = {
  name: 'The Levant Ledger',
  nameAr: 'دفتر المشرق',
  tagline: 'Independent reporting and analysis from the Middle East, in English and Arabic.',
  taglineAr: 'صحافة مستقلة وتحليلات من الشرق الأوسط، بالعربية والإنجليزية.',
} as const;

export const sections: DemoSection[] = [
  {
    slug: 'politics',
    name: 'Politics',
    nameAr: 'سياسة',
    description: 'Governments, parliaments, municipalities and diplomacy across the region, reported from the ground.',
  },
  {
    slug: 'economy',
    name: 'Economy',
    nameAr: 'اقتصاد',
    description: 'Currencies, trade, ports, budgets and the businesses that keep the region working.',
  },
  {
    slug: 'energy-climate',
    name: 'Energy & Climate',
    nameAr: 'الطاقة والمناخ',
    description: 'Power grids, water, heat and the long transition away from oil and gas.',
  },
  {
    slug: 'society-culture',
    name: 'Society & Culture',
    nameAr: 'مجتمع وثقافة',
    description: 'Cities, heritage, tourism, education and the arts, and the people behind them.',
  },
  {
    slug: 'technology',
    name: 'Technology',
    nameAr: 'تكنولوجيا',
    description: 'Startups, digital public services, agritech and the infrastructure of connectivity.',
  },
  {
    slug: 'cities',
    name: 'Cities & Reconstruction',
    nameAr: 'مدن وإعمار',
    description: 'Housing, urban services and the slow work of rebuilding neighbourhoods.',
  },
];

export const authors: DemoAuthor[] = [
  {
    slug: 'layla-mansour',
    name: 'Layla Mansour',
    nameAr: 'ليلى منصور',
    bio: 'Layla Mansour is the Ledger\'s chief economics correspondent, based in Amman. She covers public finance, water policy and the labour market in Jordan and the wider Levant.',
    portrait: 'layla-mansour',
  },
  {
    slug: 'karim-aziz',
    name: 'Karim Aziz',
    nameAr: 'كريم عزيز',
    bio: 'Karim Aziz is energy and climate editor, splitting his time between Doha and Beirut. Before joining the Ledger he spent eight years as a grid engineer.',
    portrait: 'karim-aziz',
  },
  {
    slug: 'hannah-voss',
    name: 'Hannah Voss',
    bio: 'Hannah Voss is senior trade and shipping correspondent, based in Istanbul. She writes about ports, freight corridors and the companies that move goods between the Gulf and Europe.',
    portrait: 'hannah-voss',
  },
  {
    slug: 'youssef-tamer',
    name: 'Youssef Tamer',
    nameAr: 'يوسف تامر',
    bio: 'Youssef Tamer is the Ledger\'s Iraq correspondent, reporting from Baghdad, Basra and Erbil. He focuses on electricity, budgets and the daily economics of Iraqi households.',
    portrait: 'youssef-tamer',
  },
  {
    slug: 'mira-khoury',
    name: 'Mira Khoury',
    nameAr: 'ميرا خوري',
    bio: 'Mira Khoury is society and culture editor, based in Beirut. She writes about heritage, tourism, the arts and the changing shape of the region\'s cities.',
    portrait: 'mira-khoury',
  },
  {
    slug: 'daniel-okafor',
    name: 'Daniel Okafor',
    bio: 'Daniel Okafor is technology correspondent, based in Dubai. He covers startups, venture funding and digital public services across the Gulf and the Levant.',
    portrait: 'daniel-okafor',
  },
  {
    slug: 'salma-idrissi',
    name: 'Salma Idrissi',
    nameAr: 'سلمى الإدريسي',
    bio: 'Salma Idrissi is North Africa correspondent, working between Tunis and Cairo. She reports on currencies, agriculture and local government.',
    portrait: 'salma-idrissi',
  },
  {
    slug: 'elias-rahal',
    name: 'Elias Rahal',
    nameAr: 'إلياس رحّال',
    bio: 'Elias Rahal is politics editor, based in Beirut. He has covered Lebanese and regional politics for fifteen years, with a particular interest in municipal government.',
    portrait: 'elias-rahal',
  },
  {
    slug: 'ledger-editors',
    name: 'The Editors',
    nameAr: 'هيئة التحرير',
    bio: 'The editorial board of The Levant Ledger sets the newsroom\'s standards and policies. Write to the editors at editors@example.org.',
    portrait: 'ledger-editors',
  },
];

export const tags: DemoTag[] = [
  // Topics
  { slug: 'energy', name: 'Energy', nameAr: 'الطاقة', kind: 'topic', description: 'Electricity, oil, gas and renewables.' },
  { slug: 'water', name: 'Water', nameAr: 'المياه', kind: 'topic', description: 'Scarcity, tariffs, desalination and rivers.' },
  { slug: 'trade', name: 'Trade', nameAr: 'التجارة', kind: 'topic', description: 'Exports, imports and the corridors between them.' },
  { slug: 'shipping', name: 'Shipping & Ports', nameAr: 'الشحن والموانئ', kind: 'topic', description: 'Ports, carriers and maritime logistics.' },
  { slug: 'elections', name: 'Elections', nameAr: 'الانتخابات', kind: 'topic', description: 'National and municipal votes.' },
  { slug: 'currency', name: 'Currencies', nameAr: 'العملات', kind: 'topic', description: 'Exchange rates, inflation and remittances.' },
  { slug: 'agriculture', name: 'Agriculture', nameAr: 'الزراعة', kind: 'topic', description: 'Farming, food security and rural economies.' },
  { slug: 'startups', name: 'Startups', nameAr: 'الشركات الناشئة', kind: 'topic', description: 'Founders, venture capital and young companies.' },
  { slug: 'climate', name: 'Climate & Heat', nameAr: 'المناخ والحرارة', kind: 'topic', description: 'Heatwaves, drought and adaptation.' },
  { slug: 'tourism', name: 'Tourism', nameAr: 'السياحة', kind: 'topic' },
  { slug: 'reconstruction', name: 'Reconstruction', nameAr: 'إعادة الإعمار', kind: 'topic' },
  { slug: 'diplomacy', name: 'Diplomacy', nameAr: 'الدبلوماسية', kind: 'topic' },
  { slug: 'culture', name: 'Arts & Heritage', nameAr: 'الفنون والتراث', kind: 'topic' },
  { slug: 'labour', name: 'Labour', nameAr: 'العمل', kind: 'topic', description: 'Jobs, wages and workers.' },

  // Countries and regions
  { slug: 'lebanon', name: 'Lebanon', nameAr: 'لبنان', kind: 'country' },
  { slug: 'jordan', name: 'Jordan', nameAr: 'الأردن', kind: 'country' },
  { slug: 'egypt', name: 'Egypt', nameAr: 'مصر', kind: 'country' },
  { slug: 'iraq', name: 'Iraq', nameAr: 'العراق', kind: 'country' },
  { slug: 'saudi-arabia', name: 'Saudi Arabia', nameAr: 'السعودية', kind: 'country' },
  { slug: 'qatar', name: 'Qatar', nameAr: 'قطر', kind: 'country' },
  { slug: 'uae', name: 'United Arab Emirates', nameAr: 'الإمارات', kind: 'country' },
  { slug: 'turkey', name: 'Turkey', nameAr: 'تركيا', kind: 'country' },
  { slug: 'iran', name: 'Iran', nameAr: 'إيران', kind: 'country' },
  { slug: 'tunisia', name: 'Tunisia', nameAr: 'تونس', kind: 'country' },
  { slug: 'gulf', name: 'The Gulf', nameAr: 'الخليج', kind: 'country', description: 'The Gulf states as a region.' },
  { slug: 'red-sea', name: 'Red Sea', nameAr: 'البحر الأحمر', kind: 'country', description: 'The Red Sea basin and its ports.' },

  // People (all fictional)
  {
    slug: 'rania-saadeh',
    name: 'Rania Saadeh',
    nameAr: 'رانيا سعادة',
    kind: 'person',
    description: 'Jordan\'s minister of water and irrigation (a fictional official).',
  },
  {
    slug: 'khalil-barakat',
    name: 'Khalil Barakat',
    nameAr: 'خليل بركات',
    kind: 'person',
    description: 'Civil engineer who heads the independent "Tripoli First" list in Lebanon\'s municipal elections (fictional).',
  },
  {
    slug: 'amal-fahmy',
    name: 'Amal Fahmy',
    nameAr: 'أمل فهمي',
    kind: 'person',
    description: 'Senior economist at the Nilometer Institute in Cairo (fictional).',
  },
  {
    slug: 'tariq-al-nuaimi',
    name: 'Tariq al-Nuaimi',
    nameAr: 'طارق النعيمي',
    kind: 'person',
    description: 'Iraq\'s deputy minister of electricity for transmission (a fictional official).',
  },
  {
    slug: 'kemal-aydin',
    name: 'Kemal Aydin',
    kind: 'person',
    description: 'Chief executive of Anatolian Gateway Ports (fictional).',
  },
  {
    slug: 'dana-shami',
    name: 'Dana Shami',
    nameAr: 'دانة الشامي',
    kind: 'person',
    description: 'Co-founder and chief executive of Shamsiya Labs (fictional).',
  },

  // Organizations (all fictional)
  {
    slug: 'mashreq-power-exchange',
    name: 'Mashreq Power Exchange',
    nameAr: 'بورصة المشرق للكهرباء',
    kind: 'organization',
    description: 'A fictional regional electricity market operator owned by the grid companies of Jordan, Iraq and Egypt.',
  },
  {
    slug: 'nilometer-institute',
    name: 'Nilometer Institute',
    nameAr: 'معهد المقياس',
    kind: 'organization',
    description: 'A fictional Cairo economic policy think tank.',
  },
  {
    slug: 'anatolian-gateway-ports',
    name: 'Anatolian Gateway Ports',
    kind: 'organization',
    description: 'A fictional Turkish container terminal operator.',
  },
  {
    slug: 'gulf-corridor-logistics',
    name: 'Gulf Corridor Logistics',
    nameAr: 'ممر الخليج للخدمات اللوجستية',
    kind: 'organization',
    description: 'A fictional rail and road freight company linking Gulf ports with the Levant.',
  },
  {
    slug: 'shamsiya-labs',
    name: 'Shamsiya Labs',
    nameAr: 'مختبرات شمسية',
    kind: 'organization',
    description: 'A fictional Amman startup that makes forecasting software for solar plants.',
  },
  {
    slug: 'levant-water-observatory',
    name: 'Levant Water Observatory',
    nameAr: 'مرصد المشرق للمياه',
    kind: 'organization',
    description: 'A fictional independent research group that tracks water supply across the Levant.',
  },
];

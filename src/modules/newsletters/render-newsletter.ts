import { escapeHtml, renderBlocksHtml, renderBlocksText, splitAtCut, withoutCut, type Block, type Post } from '../content/index.js';
import { imageSources } from '../media/index.js';
import { lazy } from '../../kernel/lazy.js';

export type EmailVariant = 'free' | 'paid';

/** mjml is large (tens of MB resident): loaded once, on the first render, not at start-up. */
type Mjml2Html = (input: string, options: { validationLevel: 'soft'; minify: boolean; keepComments: boolean }) => Promise<{ html: string }> | { html: string };
const loadMjml = lazy((): Promise<Mjml2Html> => import('mjml').then((m) => m.default as unknown as Mjml2Html));

/** Replaced per recipient after rendering, so a send renders each version once. */
export const UNSUBSCRIBE_PLACEHOLDER = '%%UNSUBSCRIBE_URL%%';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface NewsletterEmailInput {
  siteName: string;
  publicUrl: string;
  newsletterName: string;
  language: string;
  subject: string;
  intro: string;
  posts: Post[];
  variant: EmailVariant;
}

/** Gmail clips messages larger than about 102 KB; stay safely under it. */
export const MAX_EMAIL_BYTES = 95_000;

const STRINGS = {
  en: { readOnline: 'Read on the web', subscribe: 'Become a member to read the rest', gated: 'The rest of this article is for members.', continue: 'Continue reading on the web', unsubscribe: 'Unsubscribe', manage: 'Manage your newsletters', why: 'You receive this because you subscribed to', by: 'By' },
  ar: { readOnline: 'اقرأ على الموقع', subscribe: 'اشترك لقراءة البقية', gated: 'بقية هذا المقال متاحة للأعضاء.', continue: 'تابع القراءة على الموقع', unsubscribe: 'إلغاء الاشتراك', manage: 'إدارة نشراتك', why: 'تصلك هذه الرسالة لأنك مشترك في', by: 'بقلم' },
};

const absolutize = (html: string, base: string): string => html.replace(/(src|href)="\/(?!\/)/g, `$1="${base}/`);

function articleUrl(publicUrl: string, post: Post): string {
  return `${publicUrl}${post.type === 'page' ? '/' : '/articles/'}${encodeURIComponent(post.slug)}`;
}

/** Blocks of an article this version may carry: everything for paid readers and public articles, the preview otherwise. */
function blocksFor(post: Post, variant: EmailVariant): { blocks: Block[]; gated: boolean } {
  if (post.access === 'public' || variant === 'paid') return { blocks: withoutCut(post.body), gated: false };
  return { blocks: splitAtCut(post.body, post.previewParagraphs).preview, gated: true };
}

function leadImage(post: Post, publicUrl: string): string {
  if (!post.leadImage) return '';
  const src = publicUrl + imageSources(post.leadImage).src;
  const caption = [post.leadImage.caption, post.leadImage.credit].filter(Boolean).map(escapeHtml).join(' — ');
  return `<mj-image src="${escapeHtml(src)}" alt="${escapeHtml(post.leadImage.alt)}" width="600px" padding="0 0 6px" />${caption ? `<mj-text css-class="caption" padding="0 0 16px">${caption}</mj-text>` : ''}`;
}

function fullArticle(input: NewsletterEmailInput, post: Post, limitBlocks?: number): string {
  const s = STRINGS[input.language === 'ar' ? 'ar' : 'en'];
  const url = articleUrl(input.publicUrl, post);
  const { blocks, gated } = blocksFor(post, input.variant);
  const shown = limitBlocks === undefined ? blocks : blocks.slice(0, limitBlocks);
  const truncated = shown.length < blocks.length;
  const body = absolutize(renderBlocksHtml(shown), input.publicUrl);
  const authors = post.authors.length ? `<p class="byline">${s.by} ${post.authors.map((a) => escapeHtml(a.names[input.language] ?? a.name)).join(', ')}</p>` : '';
  const after = gated
    ? `<mj-text css-class="gate"><p><strong>${s.gated}</strong></p></mj-text><mj-button href="${escapeHtml(`${input.publicUrl}/membership?next=${encodeURIComponent(`/articles/${post.slug}`)}`)}" css-class="cta">${s.subscribe}</mj-button>`
    : truncated
      ? `<mj-button href="${escapeHtml(url)}" css-class="cta">${s.continue}</mj-button>`
      : '';
  return `<mj-section><mj-column>
    <mj-text css-class="headline"><h1><a href="${escapeHtml(url)}">${escapeHtml(post.title)}</a></h1>${post.dek ? `<p class="dek">${escapeHtml(post.dek)}</p>` : ''}${authors}</mj-text>
    ${leadImage(post, input.publicUrl)}
    <mj-text css-class="body">${post.dateline ? `<p><strong>${escapeHtml(post.dateline)} —</strong></p>` : ''}${body}</mj-text>
    ${after}
  </mj-column></mj-section>`;
}

function digestItem(input: NewsletterEmailInput, post: Post): string {
  const s = STRINGS[input.language === 'ar' ? 'ar' : 'en'];
  const url = articleUrl(input.publicUrl, post);
  const badge = post.access !== 'public' && input.variant === 'free' ? ` <span class="badge">${post.access === 'paid' ? '★' : '●'}</span>` : '';
  return `<mj-section css-class="item"><mj-column>
    <mj-text css-class="item"><h2><a href="${escapeHtml(url)}">${escapeHtml(post.title)}</a>${badge}</h2>${post.dek ? `<p>${escapeHtml(post.dek)}</p>` : ''}<p><a href="${escapeHtml(url)}">${s.readOnline}</a></p></mj-text>
  </mj-column></mj-section>`;
}

function textVersion(input: NewsletterEmailInput): string {
  const s = STRINGS[input.language === 'ar' ? 'ar' : 'en'];
  const parts: string[] = [input.newsletterName.toUpperCase(), ''];
  if (input.intro) parts.push(input.intro, '');
  const single = input.posts.length === 1;
  for (const post of input.posts) {
    const url = articleUrl(input.publicUrl, post);
    parts.push(post.title, post.dek, url, '');
    if (single) {
      const { blocks, gated } = blocksFor(post, input.variant);
      parts.push(renderBlocksText(blocks), '');
      if (gated) parts.push(`${s.gated} ${s.subscribe}: ${input.publicUrl}/membership`, '');
    }
  }
  parts.push('--', `${s.why} ${input.newsletterName}.`, `${s.unsubscribe}: ${UNSUBSCRIBE_PLACEHOLDER}`, `${s.manage}: ${input.publicUrl}/account`);
  return parts.join('\n');
}

const CSS_INLINE = `
  .headline h1 { font-family: Georgia, 'Times New Roman', serif; font-size: 28px; line-height: 1.2; margin: 0 0 8px; }
  .headline h1 a, .item h2 a { color: #1a1a1a; text-decoration: none; }
  .dek { font-size: 18px; line-height: 1.4; color: #4a4a4a; margin: 0 0 8px; }
  .byline { font-size: 14px; color: #5f5f5f; margin: 0; }
  .body p, .body li { font-family: Georgia, 'Times New Roman', serif; font-size: 18px; line-height: 1.6; color: #1a1a1a; }
  .body h2 { font-family: Arial, sans-serif; font-size: 20px; margin: 24px 0 8px; }
  .body blockquote { margin: 16px 0; padding: 0 16px; border-inline-start: 3px solid #7a2e1d; color: #4a4a4a; }
  .body img { max-width: 100%; height: auto; }
  .body figcaption, .caption { font-size: 13px; color: #5f5f5f; }
  .body a { color: #1f4d7a; }
  .item h2 { font-family: Georgia, 'Times New Roman', serif; font-size: 21px; line-height: 1.3; margin: 0 0 6px; }
  .item p { font-size: 16px; line-height: 1.5; color: #4a4a4a; margin: 0 0 6px; }
  .item a { color: #1f4d7a; }
  .gate p { font-size: 16px; color: #1a1a1a; }
`;

const CSS_DARK = `
  @media (prefers-color-scheme: dark) {
    body, .wrapper { background: #161513 !important; }
    .headline h1 a, .item h2 a, .body p, .body li, .gate p { color: #ecebe8 !important; }
    .dek, .byline, .item p, .caption { color: #c9c6bf !important; }
    .body a, .item a { color: #8cb8e6 !important; }
  }
`;

async function toHtml(input: NewsletterEmailInput, limitBlocks?: number): Promise<string> {
  const s = STRINGS[input.language === 'ar' ? 'ar' : 'en'];
  const rtl = input.language === 'ar' || input.language === 'fa' || input.language === 'he';
  const single = input.posts.length === 1;
  const content = single ? fullArticle(input, input.posts[0]!, limitBlocks) : input.posts.map((p) => digestItem(input, p)).join('\n');
  const intro = input.intro ? `<mj-section><mj-column><mj-text css-class="item"><p>${escapeHtml(input.intro).replace(/\n/g, '<br>')}</p></mj-text></mj-column></mj-section>` : '';
  const mjml = `<mjml lang="${escapeHtml(input.language)}" dir="${rtl ? 'rtl' : 'ltr'}">
  <mj-head>
    <mj-title>${escapeHtml(input.subject)}</mj-title>
    <mj-preview>${escapeHtml(input.posts[0]?.dek ?? input.intro)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${rtl ? "Tahoma, 'Geeza Pro', Arial, sans-serif" : 'Arial, Helvetica, sans-serif'}" />
      <mj-text align="${rtl ? 'right' : 'left'}" padding="0" color="#1a1a1a" />
      <mj-section padding="12px 24px" background-color="#ffffff" />
      <mj-button background-color="#7a2e1d" color="#ffffff" font-weight="bold" border-radius="4px" align="${rtl ? 'right' : 'left'}" />
    </mj-attributes>
    <mj-style inline="inline">${CSS_INLINE}</mj-style>
    <mj-style>${CSS_DARK}</mj-style>
    <mj-raw><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"></mj-raw>
  </mj-head>
  <mj-body background-color="#f3eee3" width="640px" css-class="wrapper">
    <mj-section padding="20px 24px 8px" background-color="#ffffff"><mj-column>
      <mj-text align="center" font-family="Georgia, 'Times New Roman', serif" font-size="26px" font-weight="bold"><a href="${escapeHtml(input.publicUrl)}" style="color:#1a1a1a;text-decoration:none">${escapeHtml(input.siteName)}</a></mj-text>
      <mj-text align="center" font-size="13px" color="#5f5f5f" padding="4px 0 0">${escapeHtml(input.newsletterName)}</mj-text>
      <mj-divider border-width="1px" border-color="#d9d4c9" padding="12px 0 0" />
    </mj-column></mj-section>
    ${intro}
    ${content}
    <mj-section padding="16px 24px 24px" background-color="#ffffff"><mj-column>
      <mj-divider border-width="1px" border-color="#d9d4c9" padding="0 0 12px" />
      <mj-text font-size="12px" color="#5f5f5f" align="center">${s.why} ${escapeHtml(input.newsletterName)}.<br><a href="${UNSUBSCRIBE_PLACEHOLDER}" style="color:#5f5f5f">${s.unsubscribe}</a> · <a href="${escapeHtml(input.publicUrl)}/account" style="color:#5f5f5f">${s.manage}</a></mj-text>
    </mj-column></mj-section>
  </mj-body>
</mjml>`;
  const mjml2html = await loadMjml();
  const result = await mjml2html(mjml, { validationLevel: 'soft', minify: false, keepComments: false });
  return result.html;
}

/**
 * Renders one version (free or paid) of a newsletter email from the articles' structured bodies:
 * table-based HTML with inlined CSS (mjml), right to left for Arabic, a plain-text part, and an
 * unsubscribe placeholder filled per recipient. The free version stops at each article's cut.
 * A single long article that would pass Gmail's clipping size is shortened with a link to the web.
 */
export async function renderNewsletterEmail(input: NewsletterEmailInput): Promise<RenderedEmail> {
  let html = await toHtml(input);
  if (Buffer.byteLength(html) > MAX_EMAIL_BYTES && input.posts.length === 1) {
    const total = blocksFor(input.posts[0]!, input.variant).blocks.length;
    let low = 0;
    let high = total;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (Buffer.byteLength(await toHtml(input, mid)) <= MAX_EMAIL_BYTES) low = mid;
      else high = mid - 1;
    }
    html = await toHtml(input, low);
  }
  return { subject: input.subject, html, text: textVersion(input) };
}

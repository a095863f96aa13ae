import type { MailMessage } from '../mail/index.js';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A short message as plain text plus the same words in minimal, escaped HTML. */
function compose(to: string, language: string, subject: string, paragraphs: string[], link: { url: string; label: string }): MailMessage {
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const text = [...paragraphs, `${link.label}: ${link.url}`].join('\n\n') + '\n';
  const html =
    `<!doctype html><html lang="${language}" dir="${dir}"><body style="font-family:system-ui,sans-serif;line-height:1.6;max-width:36rem">` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p></body></html>`;
  return { to, subject, text, html, language };
}

/** "12 شهرًا", "3 أشهر", "شهران": the noun agrees with the number, and digits are Arabic-Indic. */
function arabicMonths(n: number): string {
  if (n === 1) return 'شهر واحد';
  if (n === 2) return 'شهران';
  const digits = new Intl.NumberFormat('ar-EG').format(n);
  return n % 100 >= 3 && n % 100 <= 10 ? `${digits} أشهر` : `${digits} شهرًا`;
}

const englishMonths = (n: number): string => (n === 1 ? '1 month' : `${n} months`);

export interface GiftMailInput {
  to: string;
  language: string;
  siteName: string;
  tierName: string;
  months: number;
  purchaserEmail: string;
  forPurchaser: boolean;
  recipientName: string;
  message: string;
  redeemUrl: string;
}

/**
 * The gift's redeem link, to the recipient (or to the purchaser to hand over). The link is the
 * only copy of the token: the database keeps its hash.
 */
export function giftMail(input: GiftMailInput): MailMessage {
  if (input.language === 'ar') {
    const intro = input.forPurchaser
      ? `شكرًا لشرائك اشتراكًا هديةً في ${input.siteName}: ${input.tierName} لمدة ${arabicMonths(input.months)}. أرسل الرابط أدناه إلى من تهديه.`
      : `أهداك ${input.purchaserEmail} اشتراكًا في ${input.siteName}: ${input.tierName} لمدة ${arabicMonths(input.months)}.`;
    const note = input.message ? [`رسالة مرفقة: «${input.message}»`] : [];
    return compose(input.to, 'ar', `هدية: اشتراك في ${input.siteName}`, [intro, ...note, 'افتح الرابط وسجّل الدخول أو أنشئ حسابًا لتفعيل الهدية. الرابط صالح لمرة واحدة.'], { url: input.redeemUrl, label: 'فعّل الهدية' });
  }
  const greeting = input.recipientName ? `Hello ${input.recipientName},` : 'Hello,';
  const intro = input.forPurchaser
    ? `Thank you for buying a gift membership to ${input.siteName}: ${input.tierName} for ${englishMonths(input.months)}. Send the link below to the person it is for.`
    : `${input.purchaserEmail} has given you a membership to ${input.siteName}: ${input.tierName} for ${englishMonths(input.months)}.`;
  const note = input.message ? [`Their message: “${input.message}”`] : [];
  return compose(input.to, 'en', `A gift membership to ${input.siteName}`, [greeting, intro, ...note, 'Open the link and sign in (or create a free account) to start it. The link works once.'], { url: input.redeemUrl, label: 'Redeem your gift' });
}

/** An invitation to take a seat on an institution's licence. */
export function invitationMail(input: { to: string; language: string; siteName: string; licenceName: string; acceptUrl: string; expiresOn: string }): MailMessage {
  if (input.language === 'ar') {
    return compose(input.to, 'ar', `دعوة للانضمام إلى اشتراك ${input.licenceName} في ${input.siteName}`, [`دُعيت لقراءة ${input.siteName} ضمن اشتراك ${input.licenceName}.`, `افتح الرابط وسجّل الدخول بهذا البريد لقبول الدعوة قبل ${input.expiresOn}.`], { url: input.acceptUrl, label: 'اقبل الدعوة' });
  }
  return compose(input.to, 'en', `Join ${input.licenceName}'s membership of ${input.siteName}`, [`You have been invited to read ${input.siteName} as part of ${input.licenceName}'s membership.`, `Open the link and sign in with this address to accept, before ${input.expiresOn}.`], { url: input.acceptUrl, label: 'Accept the invitation' });
}

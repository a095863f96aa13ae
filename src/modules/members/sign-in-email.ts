import { escapeHtml } from '../content/index.js';
import type { MailMessage } from '../mail/index.js';
import type { LoginPurpose } from './member-types.js';

interface EmailCopy {
  subject: string;
  greeting: (name: string) => string;
  lead: string;
  button: string;
  codeIntro: string;
  rules: string;
  ignore: string;
}

type CopyTable = Record<LoginPurpose, EmailCopy>;

const en = (site: string): CopyTable => {
  const rules = 'The link and the code work once, for 15 minutes, and only in the browser where you asked for them.';
  const greeting = (name: string) => (name ? `Hello ${name},` : 'Hello,');
  return {
    'sign-in': {
      subject: `Sign in to ${site}`,
      greeting,
      lead: `Use this link to sign in to ${site}:`,
      button: 'Sign in',
      codeIntro: 'Or type this code on the page that asked for it:',
      rules,
      ignore: 'If you did not ask to sign in, you can ignore this email: nothing happens without the link or the code.',
    },
    'sign-up': {
      subject: `Confirm your email for ${site}`,
      greeting,
      lead: `Confirm your address to create your free ${site} account:`,
      button: 'Create my account',
      codeIntro: 'Or type this code on the page that asked for it:',
      rules,
      ignore: 'If you did not ask for an account, you can ignore this email: no account is created without the link or the code.',
    },
    'email-change': {
      subject: `Confirm your new email address for ${site}`,
      greeting,
      lead: `Use this link to make this the email address of your ${site} account:`,
      button: 'Confirm this address',
      codeIntro: 'Or type this code on your account page:',
      rules,
      ignore: 'If you did not ask for this, you can ignore this email: the address on the account stays as it was.',
    },
  };
};

const ar = (site: string): CopyTable => {
  const rules = 'يعمل الرابط والرمز مرة واحدة فقط، لمدة ١٥ دقيقة، وفي المتصفح الذي طلبتهما منه.';
  const greeting = (name: string) => (name ? `مرحبًا ${name}،` : 'مرحبًا،');
  return {
    'sign-in': {
      subject: `تسجيل الدخول إلى ${site}`,
      greeting,
      lead: `استخدم هذا الرابط لتسجيل الدخول إلى ${site}:`,
      button: 'تسجيل الدخول',
      codeIntro: 'أو اكتب هذا الرمز في الصفحة التي طلبته:',
      rules,
      ignore: 'إن لم تطلب تسجيل الدخول فتجاهل هذه الرسالة: لا يحدث شيء من دون الرابط أو الرمز.',
    },
    'sign-up': {
      subject: `أكّد بريدك الإلكتروني لدى ${site}`,
      greeting,
      lead: `أكّد عنوانك لإنشاء حسابك المجاني في ${site}:`,
      button: 'أنشئ حسابي',
      codeIntro: 'أو اكتب هذا الرمز في الصفحة التي طلبته:',
      rules,
      ignore: 'إن لم تطلب إنشاء حساب فتجاهل هذه الرسالة: لن يُنشأ أي حساب من دون الرابط أو الرمز.',
    },
    'email-change': {
      subject: `أكّد عنوان بريدك الجديد لدى ${site}`,
      greeting,
      lead: `استخدم هذا الرابط لجعل هذا العنوان بريد حسابك في ${site}:`,
      button: 'أكّد هذا العنوان',
      codeIntro: 'أو اكتب هذا الرمز في صفحة حسابك:',
      rules,
      ignore: 'إن لم تطلب ذلك فتجاهل هذه الرسالة: يبقى عنوان الحساب كما هو.',
    },
  };
};

export interface SignInEmailInput {
  to: string;
  purpose: LoginPurpose;
  language: string;
  name: string;
  link: string;
  code: string;
  siteName: string;
  siteNameAr: string;
}

/** Wraps a message body in a plain, readable HTML email that sets the text direction. */
export function emailHtml(language: string, title: string, inner: string): string {
  const rtl = language === 'ar';
  const font = rtl ? "'Noto Naskh Arabic', Tahoma, serif" : 'Georgia, serif';
  return `<!doctype html><html lang="${rtl ? 'ar' : 'en'}" dir="${rtl ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="margin:0;padding:24px;background:#fbfaf7;color:#1a1a1a;font-family:${font};font-size:17px;line-height:1.6"><div style="max-width:34em;margin:0 auto">${inner}</div></body></html>`;
}

/**
 * The sign-in (or sign-up, or email-change) message: a link to the confirm page and the same
 * request's 6-digit code, in the reader's language, as plain text and HTML.
 */
export function signInEmail(input: SignInEmailInput): MailMessage {
  const rtl = input.language === 'ar';
  const site = rtl ? input.siteNameAr : input.siteName;
  const copy = (rtl ? ar(site) : en(site))[input.purpose];
  const text = [copy.greeting(input.name), '', copy.lead, input.link, '', copy.codeIntro, input.code, '', copy.rules, copy.ignore, '', `— ${site}`].join('\n');
  const html = emailHtml(
    input.language,
    copy.subject,
    `<p>${escapeHtml(copy.greeting(input.name))}</p><p>${escapeHtml(copy.lead)}</p>` +
      `<p><a href="${escapeHtml(input.link)}" style="display:inline-block;background:#7a2e1d;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(copy.button)}</a></p>` +
      `<p>${escapeHtml(copy.codeIntro)}</p><p style="font-family:monospace;font-size:28px;letter-spacing:4px;margin:8px 0" dir="ltr">${escapeHtml(input.code)}</p>` +
      `<p style="color:#4a4a4a;font-size:15px">${escapeHtml(copy.rules)} ${escapeHtml(copy.ignore)}</p><p>— ${escapeHtml(site)}</p>`,
  );
  return { to: input.to, subject: copy.subject, text, html, language: rtl ? 'ar' : 'en' };
}

/** Tells the old address that the account's email changed, so a hijack does not go unnoticed. */
export function emailChangedNotice(input: { to: string; newEmail: string; language: string; siteName: string; siteNameAr: string }): MailMessage {
  const rtl = input.language === 'ar';
  const site = rtl ? input.siteNameAr : input.siteName;
  const subject = rtl ? `تغيّر بريد حسابك في ${site}` : `The email address of your ${site} account changed`;
  const body = rtl
    ? [`صار عنوان البريد الإلكتروني لحسابك: ${input.newEmail}`, 'إن لم تقم بهذا التغيير فردّ على هذه الرسالة لنساعدك.']
    : [`Your account's email address is now ${input.newEmail}.`, 'If you did not make this change, reply to this email and we will help.'];
  const text = [...body, '', `— ${site}`].join('\n');
  const html = emailHtml(input.language, subject, body.map((p) => `<p>${escapeHtml(p)}</p>`).join('') + `<p>— ${escapeHtml(site)}</p>`);
  return { to: input.to, subject, text, html, language: rtl ? 'ar' : 'en' };
}

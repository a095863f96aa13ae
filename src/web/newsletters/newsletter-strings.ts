/** Interface strings of the newsletter pages (sign-up, confirmation, unsubscribe), in both editions. */
const en = {
  title: 'Newsletters',
  lead: 'Our reporting, delivered: choose the newsletters you want. We send a confirmation email first, and every email has a one-click unsubscribe link.',
  email: 'Your email address',
  subscribe: 'Subscribe',
  choose: 'Choose newsletters',
  none: 'There are no newsletters to subscribe to yet.',
  checkInbox: 'Check your inbox',
  checkInboxBody: 'If that address can receive mail, a confirmation link is on its way. Open it to start receiving the newsletters you chose.',
  confirmTitle: 'Confirm your subscription',
  confirmBody: 'Press the button to confirm that you want to receive these newsletters.',
  confirm: 'Confirm',
  confirmedTitle: 'You are subscribed',
  confirmedBody: 'Thank you. The next issue will arrive in your inbox.',
  linkInvalidTitle: 'This link no longer works',
  unsubscribeTitle: 'Unsubscribe',
  unsubscribeBody: 'Press the button to stop receiving “{name}”. You will not be asked again.',
  unsubscribe: 'Unsubscribe',
  unsubscribedTitle: 'You are unsubscribed',
  unsubscribedBody: 'You will no longer receive “{name}”. You can subscribe again at any time.',
  backHome: 'Go to the front page',
  members: 'For members',
  paid: 'For paying members',
  errorEmail: 'Enter a valid email address, like name@example.org.',
  errorChoose: 'Choose at least one newsletter.',
  save: 'Save my newsletters',
};
type Strings = typeof en;

const ar: Strings = {
  title: 'النشرات البريدية',
  lead: 'صحافتنا تصلك إلى بريدك: اختر النشرات التي تريدها. نرسل أولًا رسالة تأكيد، وفي كل رسالة رابط لإلغاء الاشتراك بنقرة واحدة.',
  email: 'بريدك الإلكتروني',
  subscribe: 'اشترك',
  choose: 'اختر النشرات',
  none: 'لا توجد نشرات للاشتراك بعد.',
  checkInbox: 'تحقق من بريدك',
  checkInboxBody: 'إن كان هذا العنوان يستقبل البريد فرابط التأكيد في طريقه إليك. افتحه لتبدأ بتلقي النشرات التي اخترتها.',
  confirmTitle: 'أكّد اشتراكك',
  confirmBody: 'اضغط الزر لتأكيد رغبتك في تلقي هذه النشرات.',
  confirm: 'تأكيد',
  confirmedTitle: 'تم اشتراكك',
  confirmedBody: 'شكرًا لك. سيصلك العدد القادم إلى بريدك.',
  linkInvalidTitle: 'هذا الرابط لم يعد صالحًا',
  unsubscribeTitle: 'إلغاء الاشتراك',
  unsubscribeBody: 'اضغط الزر لإيقاف «{name}». لن نسألك مرة أخرى.',
  unsubscribe: 'إلغاء الاشتراك',
  unsubscribedTitle: 'تم إلغاء اشتراكك',
  unsubscribedBody: 'لن تصلك «{name}» بعد الآن. يمكنك الاشتراك مجددًا في أي وقت.',
  backHome: 'العودة إلى الصفحة الرئيسية',
  members: 'للأعضاء',
  paid: 'للأعضاء المشتركين',
  errorEmail: 'أدخل بريدًا إلكترونيًا صحيحًا مثل name@example.org.',
  errorChoose: 'اختر نشرة واحدة على الأقل.',
  save: 'احفظ اختياراتي',
};

export type NewsletterText = (key: keyof Strings, params?: Record<string, string>) => string;

export function newsletterText(language: string): NewsletterText {
  const table = language === 'ar' ? ar : en;
  return (key, params) => {
    let text = table[key];
    for (const [k, v] of Object.entries(params ?? {})) text = text.replace(`{${k}}`, v);
    return text;
  };
}

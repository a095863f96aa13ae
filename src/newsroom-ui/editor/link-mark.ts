import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    linkMark: {
      setLink: (attrs: { href: string }) => ReturnType;
      unsetLink: () => ReturnType;
    };
  }
}

/** Only addresses a reader can safely follow: http(s), mailto, and paths on this site. */
export const safeLinkHref = (href: string): string | null => {
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) || /^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#') ? trimmed : null;
};

/**
 * Links: just an href. Tiptap's own link extension brings a URL-detection library (autolinking)
 * that would add ~8 KB gzipped to the editor for little use in edited copy; links are made with
 * the toolbar or kept from pasted HTML.
 */
export const LinkMark = Mark.create({
  name: 'link',
  inclusive: false,
  addAttributes: () => ({ href: { default: null } }),
  parseHTML: () => [{ tag: 'a[href]', getAttrs: (el) => (safeLinkHref(el.getAttribute('href') ?? '') ? { href: safeLinkHref(el.getAttribute('href')!) } : false) }],
  renderHTML: ({ HTMLAttributes }) => ['a', mergeAttributes(HTMLAttributes, { rel: 'noopener' }), 0],
  addCommands() {
    return {
      setLink:
        ({ href }) =>
        ({ commands }) => {
          const safe = safeLinkHref(href);
          return safe ? commands.setMark(this.name, { href: safe }) : false;
        },
      unsetLink:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});

import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    articleNodes: {
      /** Inserts the paywall cut here, removing any other: an article has one cut at most. */
      setPaywallCut: () => ReturnType;
      insertFigure: (attrs: FigureAttrs) => ReturnType;
      insertEmbed: (attrs: EmbedCardAttrs) => ReturnType;
      togglePullQuote: () => ReturnType;
    };
  }
}

export interface FigureAttrs {
  mediaId?: string;
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export interface EmbedCardAttrs {
  url: string;
  provider?: string;
  title?: string;
  description?: string;
}

const attr = (name: string) => ({ default: null, parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`), renderHTML: () => ({}) });

/** A pull quote: a line of the article set large, with an optional attribution. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({ attribution: { default: '', parseHTML: (el) => el.getAttribute('data-attribution') ?? '', renderHTML: (a) => (a.attribution ? { 'data-attribution': a.attribution } : {}) } }),
  parseHTML: () => [{ tag: 'blockquote.nr-pull-quote' }],
  renderHTML: ({ HTMLAttributes }) => ['blockquote', mergeAttributes(HTMLAttributes, { class: 'nr-pull-quote' }), 0],
  addCommands() {
    return { togglePullQuote: () => ({ commands }) => commands.toggleNode(this.name, 'paragraph') };
  },
});

/** An image from the media library with its alt text, caption and credit: one block, edited through a dialog. */
export const Figure = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes: () => ({
    src: { default: '' },
    alt: { default: '' },
    mediaId: attr('media-id'),
    caption: attr('caption'),
    credit: attr('credit'),
    width: attr('width'),
    height: attr('height'),
  }),
  parseHTML: () => [{ tag: 'figure.nr-figure', getAttrs: (el) => ({ src: el.querySelector('img')?.getAttribute('src') ?? '', alt: el.querySelector('img')?.getAttribute('alt') ?? '' }) }],
  renderHTML: ({ node }) => {
    const a = node.attrs as FigureAttrs;
    const caption = [a.caption ?? '', a.credit ? ` ${a.credit}` : ''].join('').trim();
    return [
      'figure',
      { class: a.alt ? 'nr-figure' : 'nr-figure nr-figure--no-alt', 'data-media-id': a.mediaId ?? '' },
      ['img', { src: a.src, alt: a.alt, ...(a.width ? { width: String(a.width) } : {}), ...(a.height ? { height: String(a.height) } : {}) }],
      ['figcaption', {}, a.alt ? caption || 'No caption' : `Needs alt text. ${caption}`],
    ];
  },
  addCommands() {
    return { insertFigure: (attrs) => ({ commands }) => commands.insertContent({ type: this.name, attrs }) };
  },
});

/** A safe embed card (title, description, site) for a page the server fetched: no third-party code. */
export const EmbedCard = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes: () => ({ url: { default: '' }, provider: { default: null }, title: { default: null }, description: { default: null } }),
  parseHTML: () => [{ tag: 'aside.nr-embed', getAttrs: (el) => ({ url: el.getAttribute('data-url') ?? '' }) }],
  renderHTML: ({ node }) => {
    const a = node.attrs as EmbedCardAttrs;
    return ['aside', { class: 'nr-embed', 'data-url': a.url }, ['strong', {}, a.title || a.url], ['span', {}, a.description ?? ''], ['small', {}, a.provider ?? '']];
  },
  addCommands() {
    return { insertEmbed: (attrs) => ({ commands }) => commands.insertContent({ type: this.name, attrs }) };
  },
});

/** The paywall cut: readers without access see what is above it. Shown as a labelled divider. */
export const PaywallCut = Node.create({
  name: 'paywall',
  group: 'block',
  atom: true,
  selectable: true,
  parseHTML: () => [{ tag: 'div[data-paywall]' }],
  renderHTML: () => ['div', { 'data-paywall': '', class: 'nr-paywall', role: 'separator', 'aria-label': 'Paywall cut' }, 'Paywall — readers without access see only what is above'],
  addCommands() {
    return {
      setPaywallCut:
        () =>
        ({ state, tr, dispatch }) => {
          const existing: number[] = [];
          state.doc.descendants((node, pos) => {
            if (node.type.name === this.name) existing.push(pos);
          });
          if (dispatch) {
            const $to = state.selection.$to;
            const at = $to.depth >= 1 ? $to.after(1) : $to.pos;
            tr.insert(at, this.type.create());
            for (const pos of existing.reverse()) {
              const mapped = tr.mapping.map(pos);
              tr.delete(mapped, mapped + 1);
            }
            dispatch(tr.scrollIntoView());
          }
          return true;
        },
    };
  },
});

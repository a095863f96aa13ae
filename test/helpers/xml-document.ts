import { DomUtils, parseDocument } from 'htmlparser2';
import { isTag, type Document, type Element } from 'domhandler';

const NAME = '[A-Za-z_][\\w.:-]*';
const TOKEN = new RegExp(
  [
    '<!--[\\s\\S]*?-->',
    '<\\?[\\s\\S]*?\\?>',
    '<!\\[CDATA\\[[\\s\\S]*?\\]\\]>',
    `</(${NAME})\\s*>`,
    `<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
    '[^<]+',
  ].join('|'),
  'y',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * Throws unless `xml` is well-formed XML 1.0 as far as feeds and sitemaps use it: one root,
 * balanced and properly nested tags, quoted and unique attributes, only the five predefined
 * entities or character references, no forbidden control characters. htmlparser2 forgives all
 * of these, so tests check them here before querying the tree.
 */
export function assertWellFormed(xml: string): void {
  if (FORBIDDEN.test(xml)) throw new Error('XML contains a forbidden control character');
  const stack: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`Not well-formed at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    const [token, closing, opening, attrs, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== closing) throw new Error(`</${closing}> closes <${open ?? 'nothing'}> at offset ${at}`);
    } else if (opening) {
      if (stack.length === 0 && ++roots > 1) throw new Error(`A second root element <${opening}> at offset ${at}`);
      const seen = new Set<string>();
      for (const a of (attrs ?? '').matchAll(ATTRIBUTE)) {
        if (seen.has(a[1]!)) throw new Error(`Duplicate attribute ${a[1]} on <${opening}>`);
        seen.add(a[1]!);
        if (BAD_AMPERSAND.test(a[2] ?? a[3] ?? '')) throw new Error(`Unescaped & in attribute ${a[1]} of <${opening}>`);
      }
      if (!selfClosing) stack.push(opening);
    } else if (!token.startsWith('<')) {
      if (BAD_AMPERSAND.test(token)) throw new Error(`Unescaped & in text at offset ${at}`);
      if (stack.length === 0 && token.trim() !== '') throw new Error(`Text outside the root element at offset ${at}`);
    }
  }
  if (stack.length) throw new Error(`Unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error('No root element');
}

/** Parses well-formed XML (checked first) into a tree that the helpers below can query. */
export function parseXml(xml: string): Document {
  assertWellFormed(xml);
  return parseDocument(xml, { xmlMode: true });
}

/** Every descendant element with this (prefixed) name, in document order. */
export const all = (root: Document | Element, name: string): Element[] => DomUtils.getElementsByTagName(name, root, true);

/** The first descendant with this name; throws when there is none, naming it. */
export function one(root: Document | Element, name: string): Element {
  const found = DomUtils.getElementsByTagName(name, root, true, 1)[0];
  if (!found) throw new Error(`<${name}> is missing`);
  return found;
}

/** Direct child elements with this name. */
export const childrenNamed = (el: Element | Document, name: string): Element[] => DomUtils.getChildren(el).filter((c): c is Element => isTag(c) && c.name === name);

/** Text content, entities decoded. */
export const textOf = (el: Element): string => DomUtils.textContent(el);

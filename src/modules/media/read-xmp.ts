import { parseDocument } from 'htmlparser2';
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { cleanText } from './read-iptc.js';

/** The XMP properties that mirror the IPTC fields a newsroom uses. */
export interface XmpFields {
  caption?: string;
  credit?: string;
  byline?: string;
  source?: string;
  transmissionReference?: string;
  title?: string;
}

const PROPERTIES: Record<string, keyof XmpFields> = {
  'dc:description': 'caption',
  'photoshop:credit': 'credit',
  'dc:creator': 'byline',
  'photoshop:source': 'source',
  'photoshop:transmissionreference': 'transmissionReference',
  'dc:title': 'title',
};

function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) return node.children.map(textOf).join('');
  return '';
}

/** An XMP value: a simple element, or an rdf:Alt (prefer x-default) / rdf:Seq / rdf:Bag of rdf:li. */
function valueOf(element: Element): string {
  const container = element.children.find((c): c is Element => isTag(c) && /^rdf:(alt|seq|bag)$/i.test(c.name));
  if (!container) return textOf(element);
  const items = container.children.filter((c): c is Element => isTag(c) && c.name.toLowerCase() === 'rdf:li');
  if (container.name.toLowerCase() === 'rdf:alt') {
    const preferred = items.find((li) => li.attribs['xml:lang'] === 'x-default') ?? items[0];
    return preferred ? textOf(preferred) : '';
  }
  return items.map(textOf).map(cleanText).filter(Boolean).join(', ');
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower]!;
  });
}

/**
 * Reads caption, credit, creator, source and transmission reference from an XMP packet (the
 * XML that cameras, Photoshop and agencies embed). Properties may be written as elements or as
 * attributes of rdf:Description; both are read. Unreadable XML yields an empty result.
 */
export function parseXmp(xml: string | undefined): XmpFields {
  const out: XmpFields = {};
  if (!xml) return out;
  let root;
  try {
    root = parseDocument(xml, { xmlMode: true, decodeEntities: false });
  } catch {
    return out;
  }
  const visit = (node: ChildNode): void => {
    if (!isTag(node)) return;
    const name = node.name.toLowerCase();
    const key = PROPERTIES[name];
    if (key && out[key] === undefined) {
      const value = cleanText(decodeEntities(valueOf(node)));
      if (value) out[key] = value;
    }
    if (name === 'rdf:description') {
      for (const [attr, raw] of Object.entries(node.attribs)) {
        const attrKey = PROPERTIES[attr.toLowerCase()];
        const value = cleanText(decodeEntities(raw));
        if (attrKey && out[attrKey] === undefined && value) out[attrKey] = value;
      }
    }
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return out;
}

import { rfc3339 } from './feed-dates.js';
import type { FeedChannel, FeedEntry, FeedPerson } from './feed-types.js';
import { attributes, element, escapeXml } from './xml-escape.js';

const person = (tag: 'author', p: FeedPerson): string => `<${tag}>${element('name', p.name)}${p.url ? element('uri', p.url) : ''}</${tag}>`;

const link = (rel: string, type: string, href: string): string => `<link${attributes({ rel, type, href })}/>`;

function entryXml(entry: FeedEntry, feedLanguage: string): string {
  const parts = [
    element('id', entry.id),
    `<title type="text">${escapeXml(entry.title)}</title>`,
    element('updated', rfc3339(entry.updatedAt)),
    element('published', rfc3339(entry.publishedAt)),
    link('alternate', 'text/html', entry.url),
    ...entry.authors.map((a) => person('author', a)),
    ...entry.categories.map((c) => `<category${attributes({ term: c })}/>`),
  ];
  if (entry.summary) parts.push(`<summary type="text">${escapeXml(entry.summary)}</summary>`);
  parts.push(`<content type="html">${escapeXml(entry.contentHtml)}</content>`);
  if (entry.image) parts.push(`<link${attributes({ rel: 'enclosure', type: entry.image.type, href: entry.image.url })}/>`);
  const lang = entry.language !== feedLanguage ? attributes({ 'xml:lang': entry.language }) : '';
  return `<entry${lang}>${parts.join('')}</entry>`;
}

/**
 * An Atom (RFC 4287) document. The feed has the required id, title and updated, a self link and
 * an author (the outlet), so entries without a byline stay valid; each entry has id, title,
 * updated, an alternate link and its HTML as escaped `type="html"` content.
 */
export function buildAtom(channel: FeedChannel, entries: FeedEntry[]): string {
  const head = [
    element('id', channel.id),
    `<title type="text">${escapeXml(channel.title)}</title>`,
    `<subtitle type="text">${escapeXml(channel.description)}</subtitle>`,
    element('updated', rfc3339(channel.updated)),
    link('self', 'application/atom+xml', channel.links.atom),
    link('alternate', 'text/html', channel.links.page),
    person('author', channel.publisher),
    `<generator>Dateline</generator>`,
  ];
  if (channel.icon) head.push(element('icon', channel.icon));
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed${attributes({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': channel.language })}>${head.join('')}${entries.map((e) => entryXml(e, channel.language)).join('')}</feed>\n`;
}

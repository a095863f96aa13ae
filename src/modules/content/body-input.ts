import { AppError } from '../../kernel/errors.js';
import type { Doc } from './document.js';
import { htmlToDoc, markdownToDoc } from './import-html.js';
import { parseDoc } from './parse-doc.js';

/** How a body arrives: the structured document itself, or HTML / Markdown to convert. */
export type BodyInput = { format: 'doc'; content: unknown } | { format: 'html'; content: string } | { format: 'markdown'; content: string };

export function bodyToDoc(body: BodyInput): Doc {
  switch (body.format) {
    case 'doc':
      return parseDoc(body.content);
    case 'html':
      if (typeof body.content !== 'string') throw new AppError('INVALID_BODY', 400, 'body.content must be a string of HTML', { 'body.content': 'must be a string' });
      return htmlToDoc(body.content);
    case 'markdown':
      if (typeof body.content !== 'string') throw new AppError('INVALID_BODY', 400, 'body.content must be a string of Markdown', { 'body.content': 'must be a string' });
      return markdownToDoc(body.content);
    default:
      throw new AppError('INVALID_BODY', 400, 'body.format must be "doc", "html" or "markdown"', { 'body.format': 'invalid' });
  }
}

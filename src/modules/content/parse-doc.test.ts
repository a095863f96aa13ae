import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../kernel/errors.js';
import { parseDoc } from './parse-doc.js';

describe('parseDoc', () => {
  it('accepts a valid document and strips unknown attributes', () => {
    const doc = parseDoc({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2, style: 'x' }, content: [{ type: 'text', text: 'Hi', extra: 1 }] }, { type: 'paywall' }] });
    assert.deepEqual(doc, { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Hi' }] }, { type: 'paywall' }] });
  });

  it('names the path of the first bad node', () => {
    const cases: [unknown, string][] = [
      [{ type: 'doc' }, 'body'],
      [{ type: 'doc', content: [{ type: 'video' }] }, 'body.content[0].type'],
      [{ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] }, 'body.content[0].attrs.level'],
      [{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] }] }] }, 'body.content[0].content[0].marks[0].attrs.href'],
      [{ type: 'doc', content: [{ type: 'embed', attrs: { url: 'ftp://x' } }] }, 'body.content[0].attrs.url'],
    ];
    for (const [input, path] of cases) {
      assert.throws(() => parseDoc(input), (error: unknown) => error instanceof AppError && error.status === 400 && error.fields !== undefined && path in error.fields, path);
    }
  });
});

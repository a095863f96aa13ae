import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, docToEditor, editorToDoc, type PmNode } from './doc-convert.js';

test('editor JSON becomes the stored document: known nodes only, links reduced to href', () => {
  const json: PmNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Background' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'text', text: 'the report', marks: [{ type: 'link', attrs: { href: 'https://example.org/r', target: '_blank', rel: 'noopener', class: null } }, { type: 'underline' }] }] },
      { type: 'paragraph' },
      { type: 'pullQuote', attrs: { attribution: 'A fisherman in Tyre' }, content: [{ type: 'text', text: 'The sea gives less every year.' }] },
      { type: 'paywall' },
      { type: 'image', attrs: { src: '/media/x/1200.jpg', alt: '', mediaId: 'x', caption: '', credit: 'AGENCY', width: 1200, height: null } },
      { type: 'paywall' },
      { type: 'table', content: [] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
    ],
  };
  assert.deepEqual(editorToDoc(json).content, [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Background' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'text', text: 'the report', marks: [{ type: 'link', attrs: { href: 'https://example.org/r' } }] }] },
    { type: 'pullQuote', attrs: { attribution: 'A fisherman in Tyre' }, content: [{ type: 'text', text: 'The sea gives less every year.' }] },
    { type: 'paywall' },
    { type: 'image', attrs: { src: '/media/x/1200.jpg', alt: '', mediaId: 'x', credit: 'AGENCY', width: 1200 } },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
  ]);
});

test('an empty document opens with a paragraph to type in', () => {
  assert.deepEqual(docToEditor({ type: 'doc', content: [] }), { type: 'doc', content: [{ type: 'paragraph' }] });
});

test('words are counted in any script', () => {
  assert.equal(countWords("Beirut's port reopened — قال الصيادون إن البحر"), 7);
});

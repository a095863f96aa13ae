import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from './document.js';
import { splitAtCut } from './document.js';
import { renderBlocksHtml, renderBlocksText, renderDocHtml } from './render-document.js';

const doc: Doc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Ministers met in ' }, { type: 'text', text: 'Amman', marks: [{ type: 'bold' }] }, { type: 'text', text: ' on Sunday.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What was agreed' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A water swap' }] }] }] },
    { type: 'paywall' },
    { type: 'pullQuote', attrs: { attribution: 'A negotiator' }, content: [{ type: 'text', text: 'Nobody left happy.' }] },
    { type: 'image', attrs: { src: '/media/x/800.webp', alt: 'Delegates at a table', caption: 'The talks on Sunday.', credit: 'LEDGER/Rami Aoun - LL1', width: 800, height: 450 } },
  ],
};

describe('renderBlocksHtml', () => {
  it('renders structure, marks and figures, and drops the cut marker', () => {
    const html = renderDocHtml(doc);
    assert.match(html, /^<p>Ministers met in <strong>Amman<\/strong> on Sunday\.<\/p><h2>What was agreed<\/h2><ul><li><p>A water swap<\/p><\/li><\/ul>/);
    assert.match(html, /<figure class="pull-quote"><blockquote><p>Nobody left happy\.<\/p><\/blockquote><figcaption><cite>A negotiator<\/cite><\/figcaption><\/figure>/);
    assert.match(html, /<img src="\/media\/x\/800.webp" alt="Delegates at a table" width="800" height="450" loading="lazy" decoding="async">/);
    assert.match(html, /<span class="credit">LEDGER\/Rami Aoun - LL1<\/span>/);
    assert.doesNotMatch(html, /paywall/);
  });

  it('escapes text and refuses unsafe links', () => {
    const html = renderBlocksHtml([
      { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'ok', marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b="c"' } }] }] },
    ]);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('javascript:'));
    assert.ok(html.includes('<p>click</p>'));
    assert.ok(html.includes('<a href="https://example.org/a?b=&quot;c&quot;" rel="noopener">ok</a>'));
  });
});

describe('renderBlocksText', () => {
  it('gives readable plain text with list markers and the pull quote attributed', () => {
    const text = renderBlocksText(doc.content);
    assert.equal(text, 'Ministers met in Amman on Sunday.\n\nWhat was agreed\n\n- A water swap\n\n“Nobody left happy.” — A negotiator\n\n[The talks on Sunday.]');
  });
});

describe('splitAtCut', () => {
  it('splits at the paywall marker', () => {
    const { preview, rest, hasCut } = splitAtCut(doc, 3);
    assert.equal(hasCut, true);
    assert.equal(preview.length, 3);
    assert.deepEqual(rest.map((b) => b.type), ['pullQuote', 'image']);
  });

  it('falls back to the first N paragraphs when there is no cut', () => {
    const noCut: Doc = { type: 'doc', content: doc.content.filter((b) => b.type !== 'paywall').concat([{ type: 'paragraph', content: [{ type: 'text', text: 'Later.' }] }]) };
    const { preview, rest, hasCut } = splitAtCut(noCut, 1);
    assert.equal(hasCut, false);
    assert.equal(preview.length, 1);
    assert.equal(rest.length, noCut.content.length - 1);
  });
});

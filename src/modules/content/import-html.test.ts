import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToDoc, markdownToDoc } from './import-html.js';
import { renderDocHtml } from './render-document.js';

describe('htmlToDoc', () => {
  it('keeps the document structure and drops anything executable', () => {
    const doc = htmlToDoc('<h1>Title</h1><p onclick="x()">Hello <b>there</b> <a href="javascript:evil()">link</a></p><script>alert(1)</script><iframe src="https://video.example.org/embed/1" title="Clip"></iframe><style>p{}</style>');
    assert.deepEqual(doc.content[0], { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] });
    assert.deepEqual(doc.content[1], { type: 'paragraph', content: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'there', marks: [{ type: 'bold' }] }, { type: 'text', text: ' link' }] });
    assert.deepEqual(doc.content[2], { type: 'embed', attrs: { url: 'https://video.example.org/embed/1', title: 'Clip' } });
    assert.equal(doc.content.length, 3);
    assert.doesNotMatch(renderDocHtml(doc), /script|onclick|javascript/);
  });

  it('recognises our paywall comment and Ghost’s members-only comment', () => {
    for (const marker of ['<!-- paywall -->', '<!--members-only-->']) {
      const doc = htmlToDoc(`<p>Free part.</p>${marker}<p>Members part.</p>`);
      assert.deepEqual(doc.content.map((b) => b.type), ['paragraph', 'paywall', 'paragraph']);
    }
  });

  it('turns figures into images with caption and credit', () => {
    const doc = htmlToDoc('<figure><img src="https://cdn.example.org/a.jpg" alt="Port cranes" width="1200" height="800"><figcaption>Cranes at the port. <small>AGENCY/Photographer - ID123</small></figcaption></figure>');
    assert.deepEqual(doc.content[0], { type: 'image', attrs: { src: 'https://cdn.example.org/a.jpg', alt: 'Port cranes', width: 1200, height: 800, caption: 'Cranes at the port.', credit: 'AGENCY/Photographer - ID123' } });
  });

  it('wraps loose inline text in paragraphs', () => {
    const doc = htmlToDoc('Loose <em>text</em><p>Then a paragraph.</p>');
    assert.deepEqual(doc.content.map((b) => b.type), ['paragraph', 'paragraph']);
  });
});

describe('markdownToDoc', () => {
  it('converts Markdown with a paywall cut, lists and quotes', () => {
    const doc = markdownToDoc('Intro with a [link](https://example.org).\n\n<!-- paywall -->\n\n## Detail\n\n1. First\n2. Second\n\n> Quoted words.');
    assert.deepEqual(doc.content.map((b) => b.type), ['paragraph', 'paywall', 'heading', 'orderedList', 'blockquote']);
    assert.deepEqual(doc.content[0], { type: 'paragraph', content: [{ type: 'text', text: 'Intro with a ' }, { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }, { type: 'text', text: '.' }] });
  });

  it('keeps Arabic text intact', () => {
    const doc = markdownToDoc('صوّت المجلس البلدي **يوم الثلاثاء**.');
    assert.equal(renderDocHtml(doc), '<p>صوّت المجلس البلدي <strong>يوم الثلاثاء</strong>.</p>');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToDoc } from './import-html.js';
import type { PostSnapshot } from './post-snapshot.js';
import { diffSnapshots } from './revision-diff.js';

const snapshot = (over: Partial<PostSnapshot>): PostSnapshot => ({
  title: 'Port reopens after strike',
  slug: 'port-reopens',
  type: 'news',
  status: 'draft',
  access: 'public',
  dek: '',
  dateline: 'BEIRUT',
  language: 'en',
  body: markdownToDoc('Dockers returned on Monday.'),
  sectionId: null,
  authorIds: ['a1'],
  tagIds: [],
  leadMediaId: null,
  leadAlt: null,
  leadCaption: null,
  leadCredit: null,
  featured: false,
  previewParagraphs: 3,
  seoTitle: '',
  seoDescription: '',
  translationOf: null,
  publishedAt: null,
  ...over,
});

describe('diffSnapshots', () => {
  it('lists only the fields that changed, with old and new values', () => {
    const diff = diffSnapshots(snapshot({}), snapshot({ title: 'Port of Beirut reopens', authorIds: ['a1', 'a2'] }));
    assert.deepEqual(diff.fields, [
      { field: 'title', from: 'Port reopens after strike', to: 'Port of Beirut reopens' },
      { field: 'authorIds', from: ['a1'], to: ['a1', 'a2'] },
    ]);
    assert.deepEqual(diff.body, [{ op: 'same', text: 'Dockers returned on Monday.' }]);
  });

  it('diffs the body paragraph by paragraph, keeping order', () => {
    const from = snapshot({ body: markdownToDoc('One.\n\nTwo.\n\nThree.\n\nFour.') });
    const to = snapshot({ body: markdownToDoc('One.\n\nTwo, revised.\n\nThree.\n\n<!-- paywall -->\n\nFour.\n\nFive.') });
    assert.deepEqual(diffSnapshots(from, to).body, [
      { op: 'same', text: 'One.' },
      { op: 'removed', text: 'Two.' },
      { op: 'added', text: 'Two, revised.' },
      { op: 'same', text: 'Three.' },
      { op: 'added', text: '[paywall cut]' },
      { op: 'same', text: 'Four.' },
      { op: 'added', text: 'Five.' },
    ]);
  });

  it('reports nothing for identical revisions', () => {
    const diff = diffSnapshots(snapshot({}), snapshot({}));
    assert.deepEqual(diff.fields, []);
    assert.ok(diff.body.every((p) => p.op === 'same'));
  });
});

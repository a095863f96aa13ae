import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSnippet, highlight } from './build-snippet.js';
import { parseQuery, queryTokens } from './parse-query.js';

const tokens = (q: string) => queryTokens(parseQuery(q));

describe('highlight', () => {
  it('marks matching words and escapes everything else', () => {
    assert.equal(highlight('Pumps <fixed> & "water" flows', tokens('water pumps')), '<mark>Pumps</mark> &lt;fixed&gt; &amp; &quot;<mark>water</mark>&quot; flows');
  });

  it('marks vowelled Arabic for an unvowelled query, keeping the original spelling', () => {
    assert.equal(highlight('مَجْلِسُ بيروت', tokens('مجلس')), '<mark>مَجْلِسُ</mark> بيروت');
    assert.equal(highlight('مجلس بيروت', tokens('مَجْلِسُ')), '<mark>مجلس</mark> بيروت');
  });
});

describe('buildSnippet', () => {
  const text =
    'The council met on Monday. Nothing was decided about roads. ' +
    'Later in the week, councillors returned to the question of water pumps in the eastern districts, and the budget for repairs was approved. ' +
    'The mayor thanked the contractors. '.repeat(8);

  it('shows the stretch with the most query words, cut at word boundaries, with ellipses', () => {
    const snippet = buildSnippet(text, tokens('pumps budget'))!;
    assert.match(snippet, /<mark>pumps<\/mark>/);
    assert.match(snippet, /<mark>budget<\/mark>/);
    assert.ok(snippet.startsWith('… Later in the week'), snippet);
    assert.ok(snippet.endsWith(' …'));
    assert.ok(snippet.replace(/<\/?mark>/g, '').length < 240);
  });

  it('is null when no query word is in the text', () => {
    assert.equal(buildSnippet(text, tokens('desalination')), null);
  });
});

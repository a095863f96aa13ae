import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { fieldsFromValidation, problemType } from './problem-details.js';

const Body = Type.Object(
  {
    title: Type.String({ minLength: 1 }),
    type: Type.Enum(['news', 'memo']),
    section: Type.Union([Type.String(), Type.Null()]),
    authors: Type.Array(Type.String({ maxLength: 5 })),
    body: Type.Object({ format: Type.String(), content: Type.String() }),
  },
  { additionalProperties: false },
);

describe('fieldsFromValidation', () => {
  it('names every failing field once, in words, with dotted paths', () => {
    const errors = Compile(Body).Errors({ title: '', type: 'opinion', section: null, authors: ['ok', 'far too long'], body: { format: 'html' }, headline: 'x' });
    assert.deepEqual(fieldsFromValidation(errors as never), {
      title: 'must not be empty',
      type: 'must be one of news, memo',
      'authors[1]': 'must be at most 5 characters',
      'body.content': 'is required',
      headline: 'is not a known field',
    });
  });

  it('reports a union once, not once per branch', () => {
    const errors = Compile(Body).Errors({ title: 'x', type: 'news', section: 4, authors: [], body: { format: 'html', content: '' } });
    assert.deepEqual(fieldsFromValidation(errors as never), { section: 'does not match any of the accepted forms' });
  });

  it('turns codes into stable problem type URNs', () => {
    assert.equal(problemType('POST_VERSION_CONFLICT'), 'urn:dateline:problem:post-version-conflict');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNotModified, servedDocument } from './conditional-get.js';

describe('conditional GET', () => {
  const doc = servedDocument('<rss version="2.0"></rss>', '2026-11-20T11:00:00.500Z');

  it('tags equal bodies equally and different bodies differently', () => {
    assert.equal(servedDocument('<rss version="2.0"></rss>', undefined).etag, doc.etag);
    assert.notEqual(servedDocument('<rss version="2.0"> </rss>', undefined).etag, doc.etag);
    assert.match(doc.etag, /^"[\w-]+"$/);
    assert.equal(doc.lastModified, 'Fri, 20 Nov 2026 11:00:00 GMT');
  });

  it('answers If-None-Match by the entity tag, weakly, in a list or with *', () => {
    assert.equal(isNotModified({ ifNoneMatch: doc.etag }, doc), true);
    assert.equal(isNotModified({ ifNoneMatch: `W/${doc.etag}` }, doc), true);
    assert.equal(isNotModified({ ifNoneMatch: `"other", ${doc.etag}` }, doc), true);
    assert.equal(isNotModified({ ifNoneMatch: '*' }, doc), true);
    assert.equal(isNotModified({ ifNoneMatch: '"stale"' }, doc), false);
  });

  it('lets If-None-Match decide alone when both are sent', () => {
    assert.equal(isNotModified({ ifNoneMatch: '"stale"', ifModifiedSince: 'Sat, 21 Nov 2026 00:00:00 GMT' }, doc), false);
  });

  it('answers If-Modified-Since at one-second resolution', () => {
    assert.equal(isNotModified({ ifModifiedSince: 'Fri, 20 Nov 2026 11:00:00 GMT' }, doc), true);
    assert.equal(isNotModified({ ifModifiedSince: 'Fri, 20 Nov 2026 10:59:59 GMT' }, doc), false);
    assert.equal(isNotModified({ ifModifiedSince: 'yesterday' }, doc), false);
    assert.equal(isNotModified({ ifModifiedSince: 'Fri, 20 Nov 2026 11:00:00 GMT' }, servedDocument('x', undefined)), false);
  });
});

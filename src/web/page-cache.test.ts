import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageCache } from './page-cache.js';

describe('PageCache', () => {
  it('expires entries after their TTL', () => {
    let now = 0;
    const cache = new PageCache(() => now);
    cache.set('a', 'html', 1000);
    assert.equal(cache.get('a'), 'html');
    now = 1000;
    assert.equal(cache.get('a'), undefined);
  });

  it('invalidates by tag and evicts the oldest entry past its bound', () => {
    const cache = new PageCache(() => 0, 2);
    cache.set('x', '1', 10_000, ['post:1']);
    cache.set('y', '2', 10_000, ['lists']);
    cache.invalidate(['post:1']);
    assert.equal(cache.get('x'), undefined);
    assert.equal(cache.get('y'), '2');
    cache.set('z', '3', 10_000);
    cache.set('w', '4', 10_000);
    assert.equal(cache.get('y'), undefined);
    assert.equal(cache.size, 2);
  });

  it('renders once per key', async () => {
    const cache = new PageCache(() => 0);
    let renders = 0;
    const render = async () => `page ${++renders}`;
    assert.equal(await cache.wrap('k', 1000, [], render), 'page 1');
    assert.equal(await cache.wrap('k', 1000, [], render), 'page 1');
    assert.equal(renders, 1);
  });

  it('evicts the least recently read entry, so pages in use survive a crawl of the archive', () => {
    const cache = new PageCache(() => 0, 2);
    cache.set('front', 'F', 10_000);
    cache.set('old-article', 'A', 10_000);
    assert.equal(cache.get('front'), 'F');
    cache.set('another-article', 'B', 10_000);
    assert.equal(cache.get('front'), 'F');
    assert.equal(cache.get('old-article'), undefined);
  });

  it('renders once for concurrent misses of the same key', async () => {
    const cache = new PageCache(() => 0);
    let renders = 0;
    let finish!: (html: string) => void;
    const render = () => {
      renders++;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const first = cache.wrap('front', 1000, ['lists'], render);
    const second = cache.wrap('front', 1000, ['lists'], render);
    finish('page');
    assert.deepEqual(await Promise.all([first, second]), ['page', 'page']);
    assert.equal(renders, 1);
  });

  it('does not keep a render that an invalidation overtook', async () => {
    const cache = new PageCache(() => 0);
    let finish!: (html: string) => void;
    const pending = cache.wrap('front', 1000, ['lists'], () => new Promise<string>((resolve) => (finish = resolve)));
    cache.invalidate(['lists']);
    finish('front page read before the article changed');
    assert.equal(await pending, 'front page read before the article changed');
    assert.equal(cache.get('front'), undefined);
    assert.equal(await cache.wrap('front', 1000, ['lists'], async () => 'fresh front page'), 'fresh front page');
  });
});

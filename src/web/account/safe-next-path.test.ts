import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeNextPath } from './safe-next-path.js';

describe('safeNextPath', () => {
  it('keeps paths on this site, with their query', () => {
    assert.equal(safeNextPath('/articles/beirut-council-water-pumps', '/account'), '/articles/beirut-council-water-pumps');
    assert.equal(safeNextPath('/ar/section/politics?after=abc', '/account'), '/ar/section/politics?after=abc');
  });

  it('refuses anything that could leave the site', () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', 'evil.example', '/\tx', '/x\r\nSet-Cookie: a=b', '', undefined, 42, ['/x'], '/' + 'a'.repeat(600)]) {
      assert.equal(safeNextPath(bad, '/account'), '/account', String(bad));
    }
  });

  it('never turns encoded line breaks into real ones', () => {
    assert.equal(safeNextPath('/%0d%0aSet-Cookie:x', '/account'), '/%0d%0aSet-Cookie:x');
  });
});

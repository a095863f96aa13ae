import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lazy } from './lazy.js';

test('makes the value once, on first use, and shares it with callers that arrive while it is made', async () => {
  let made = 0;
  const get = lazy(async () => {
    made++;
    await new Promise((r) => setTimeout(r, 10));
    return { made };
  });
  assert.equal(made, 0, 'nothing is made before the first call');
  const [a, b] = await Promise.all([get(), get()]);
  assert.equal(made, 1);
  assert.equal(a, b);
  assert.equal(await get(), a);
});

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { testDialects } from '../helpers/test-databases.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every kind of reader page, rendered by the real app, checked by html-validate with the repo's
 * .htmlvalidate.json (html-validate:recommended, plus Preact's `<meta />` spelling). No browser
 * needed, so this always runs.
 */
for (const dialect of testDialects()) {
  describe(`rendered pages are valid HTML on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    before(async () => {
      site = await createTestSite(dialect);
      outlet = await seedFixtureOutlet(site.services);
    });
    after(async () => site.close());

    const pages = (): [string, string, number][] => [
      ['front page', '/', 200],
      ['Arabic front page', '/ar', 200],
      ['news article', `/articles/${outlet.slugs.news}`, 200],
      ['paid analysis behind the paywall', `/articles/${outlet.slugs.analysis}`, 200],
      ['memo behind the registration wall', `/articles/${outlet.slugs.memo}`, 200],
      ['report', `/articles/${outlet.slugs.report}`, 200],
      ['Arabic article', `/articles/${outlet.slugs.arabic}`, 200],
      ['Arabic paid analysis', `/articles/${outlet.slugs.arabicPaid}`, 200],
      ['standing page', '/about', 200],
      ['section', '/section/politics', 200],
      ['Arabic section', '/ar/section/politics', 200],
      ['tag', '/tag/water', 200],
      ['author', '/author/rana-khoury', 200],
      ['archive', '/archive', 200],
      ['archive month', '/archive/2026/11', 200],
      ['search results', '/search?q=water', 200],
      ['Arabic search results', `/ar/search?q=${encodeURIComponent('المياه')}`, 200],
      ['sign-in page', '/account/sign-in', 200],
      ['membership plans', '/membership', 200],
      ['newsletters', '/newsletters', 200],
      ['not found', '/articles/no-such-story', 404],
      ['Arabic not found', '/ar/section/no-such-section', 404],
    ];

    it('serves every page type as valid HTML with lang, dir and a single h1', async () => {
      const failures: string[] = [];
      for (const [name, path, status] of pages()) {
        const res = await site.app.inject(path);
        assert.equal(res.statusCode, status, `${name} (${path})`);
        assert.match(res.body, /^<!doctype html><html lang="(en|ar)" dir="(ltr|rtl)">/, `${name} (${path}) declares its language and direction`);
        assert.equal((res.body.match(/<h1[ >]/g) ?? []).length, 1, `${name} (${path}) has exactly one h1`);
        const report = await validator.validateString(res.body, join(REPO_ROOT, 'test/e2e', `${path.replace(/[^a-z0-9]+/gi, '-')}.html`));
        for (const result of report.results) {
          for (const m of result.messages) failures.push(`${name} (${path}) ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      assert.deepEqual(failures, [], `html-validate found problems:\n${failures.join('\n')}`);
    });
  });
}

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { createApiKey } from '../../src/modules/newsroom/index.js';
import { agencyJpeg, plainJpeg } from '../fixtures/agency-photo.js';
import { multipartBody, type FormPart } from '../helpers/multipart-body.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');

for (const dialect of testDialects()) {
  describe(`media library (${dialect})`, () => {
    let site: TestSite;
    let editor: Record<string, string>;
    let contributor: Record<string, string>;

    const upload = (headers: Record<string, string>, parts: FormPart[]) => {
      const body = multipartBody(parts);
      return site.app.inject({ method: 'POST', url: '/api/admin/media', headers: { ...headers, ...body.headers }, payload: body.payload });
    };
    const photo = (bytes: Buffer, filename = 'photo.jpg', contentType = 'image/jpeg'): FormPart => ({ name: 'file', filename, contentType, bytes });

    before(async () => {
      site = await createTestSite(dialect);
      const deps = { db: site.services.database.db, clock: site.clock };
      editor = { authorization: `Bearer ${(await createApiKey(deps, null, { name: 'desk', role: 'editor' })).key}` };
      contributor = { authorization: `Bearer ${(await createApiKey(deps, null, { name: 'stringer', role: 'contributor' })).key}` };
    });
    after(() => site.close());

    test('an agency photo is stored with caption, credit and source id from its IPTC; variants follow in a job', async () => {
      const bytes = await agencyJpeg({ caption: 'Fishermen mend their nets at dawn in the old port of Tyre', credit: 'LEVANT PRESS', byline: 'Rania Haddad', transmissionReference: 'LP-2026-1142' }, { width: 2000, height: 1333 });
      const res = await upload(contributor, [photo(bytes, 'IMG_0042.JPG')]);
      assert.equal(res.statusCode, 201, res.body);
      const { media } = res.json();
      assert.equal(media.caption, 'Fishermen mend their nets at dawn in the old port of Tyre');
      assert.equal(media.credit, 'LEVANT PRESS/Rania Haddad');
      assert.equal(media.sourceId, 'LP-2026-1142');
      assert.equal(media.alt, '', 'alt text is never guessed');
      assert.equal(media.width, 2000);
      assert.equal(media.variantsReady, false);
      assert.equal(media.url, null);

      assert.ok((await site.services.jobs.drain()) >= 1);
      const ready = (await site.app.inject({ method: 'GET', url: `/api/admin/media/${media.id}`, headers: contributor })).json().media;
      assert.equal(ready.variantsReady, true);
      assert.deepEqual(ready.variants.map((v: { width: number; format: string }) => `${v.width}.${v.format}`), ['480.webp', '800.webp', '1200.webp', '1600.webp', '1200.jpeg']);
      const variant = await site.app.inject({ method: 'GET', url: ready.url });
      assert.equal(variant.statusCode, 200);
      const served = await sharp(variant.rawPayload).metadata();
      assert.equal(served.format, 'jpeg');
      assert.equal(served.iptc, undefined, 'public variants carry no metadata');

      const original = await site.app.inject({ method: 'GET', url: `/api/admin/media/${media.id}/original`, headers: contributor });
      assert.equal(original.statusCode, 200);
      assert.equal(original.headers['content-type'], 'image/jpeg');
      assert.equal(original.rawPayload.length, bytes.length);
      assert.equal((await site.app.inject({ method: 'GET', url: `/api/admin/media/${media.id}/original` })).statusCode, 401);
    });

    test('fields sent with the upload win over the photo metadata', async () => {
      const bytes = await agencyJpeg({ caption: 'Agency caption', credit: 'AGENCY' });
      const res = await upload(editor, [{ name: 'alt', value: 'A crowded quay at sunrise' }, { name: 'caption', value: 'Our own caption' }, photo(bytes)]);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().media.caption, 'Our own caption');
      assert.equal(res.json().media.alt, 'A crowded quay at sunrise');
      assert.equal(res.json().media.credit, 'AGENCY');
    });

    test('files are judged by their bytes: SVG, text named .jpg and GIF are refused with 415', async () => {
      const svg = await upload(editor, [photo(SVG, 'logo.svg', 'image/svg+xml')]);
      assert.equal(svg.statusCode, 415);
      assert.equal(svg.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(svg.json().code, 'MEDIA_UNSUPPORTED');
      assert.match(svg.json().detail, /SVG/);
      const fake = await upload(editor, [photo(Buffer.from('<html>not a photo</html>'), 'holiday.jpg')]);
      assert.equal(fake.statusCode, 415);
      const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).gif().toBuffer();
      assert.equal((await upload(editor, [photo(gif, 'anim.gif', 'image/gif')])).statusCode, 415);
      const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
      const pngNamedJpg = await upload(editor, [photo(png, 'chart.jpg')]);
      assert.equal(pngNamedJpg.statusCode, 201);
      assert.equal(pngNamedJpg.json().media.mime, 'image/png');
    });

    test('a file over the size limit gets a 413 that says the limit', async () => {
      const res = await upload(editor, [photo(Buffer.alloc(21 * 1024 * 1024, 1), 'huge.jpg')]);
      assert.equal(res.statusCode, 413);
      assert.equal(res.json().code, 'MEDIA_TOO_LARGE');
      assert.match(res.json().detail, /20 MB/);
    });

    test('a photo of several megabytes is within the limit (the 1 MB JSON body limit does not apply)', async () => {
      const noise = Buffer.alloc(1200 * 1000 * 3);
      for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
      const big = await sharp(noise, { raw: { width: 1200, height: 1000, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
      assert.ok(big.length > 3 * 1024 * 1024);
      const res = await upload(editor, [photo(big, 'scan.png', 'image/png')]);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().media.bytes, big.length);
    });

    test('malformed uploads get a 4xx with the failing field', async () => {
      const json = await site.app.inject({ method: 'POST', url: '/api/admin/media', headers: editor, payload: { file: 'x' } });
      assert.equal(json.statusCode, 415);
      const noFile = await upload(editor, [{ name: 'caption', value: 'no file' }]);
      assert.equal(noFile.statusCode, 400);
      assert.deepEqual(Object.keys(noFile.json().fields), ['file']);
      const two = await upload(editor, [photo(await plainJpeg()), photo(await plainJpeg())]);
      assert.equal(two.statusCode, 400);
      assert.equal((await upload({}, [photo(await plainJpeg())])).statusCode, 401);
    });

    test('alt text, caption and credit can be edited; lists search and paginate', async () => {
      const { media } = (await upload(editor, [photo(await agencyJpeg({ caption: 'Cabinet meets in Amman', credit: 'JORDAN POOL' }))])).json();
      const bad = await site.app.inject({ method: 'PATCH', url: `/api/admin/media/${media.id}`, headers: editor, payload: { alt: 'x'.repeat(1001), colour: 'red' } });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().fields).sort(), ['alt', 'colour']);
      const ok = await site.app.inject({ method: 'PATCH', url: `/api/admin/media/${media.id}`, headers: editor, payload: { alt: 'Ministers seated around a long table', credit: 'POOL/Reuters' } });
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().media.alt, 'Ministers seated around a long table');

      const found = (await site.app.inject({ method: 'GET', url: '/api/admin/media?q=amman', headers: editor })).json();
      assert.deepEqual(found.media.map((m: { id: string }) => m.id), [media.id]);
      const first = (await site.app.inject({ method: 'GET', url: '/api/admin/media?limit=2', headers: editor })).json();
      assert.equal(first.media.length, 2);
      assert.ok(first.meta.nextCursor);
      const second = (await site.app.inject({ method: 'GET', url: `/api/admin/media?limit=2&cursor=${first.meta.nextCursor}`, headers: editor })).json();
      assert.ok(second.media.every((m: { id: string }) => !first.media.some((f: { id: string }) => f.id === m.id)));
      assert.equal((await site.app.inject({ method: 'GET', url: '/api/admin/media?cursor=garbage', headers: editor })).statusCode, 400);
      assert.equal((await site.app.inject({ method: 'GET', url: '/api/admin/media/not-an-id', headers: editor })).statusCode, 400);
    });

    test('an image used as a lead image cannot be deleted; an unused one can', async () => {
      const { media } = (await upload(editor, [{ name: 'alt', value: 'Smoke over the harbour' }, photo(await plainJpeg())])).json();
      await site.services.jobs.drain();
      const post = await site.app.inject({ method: 'POST', url: '/api/admin/posts', headers: editor, payload: { title: 'Harbour fire contained', type: 'news', body: { format: 'markdown', content: 'Firefighters worked through the night.' }, leadImage: { mediaId: media.id } } });
      assert.equal(post.statusCode, 201, post.body);
      const refused = await site.app.inject({ method: 'DELETE', url: `/api/admin/media/${media.id}`, headers: editor });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.json().detail, /Harbour fire contained/);
      const spare = (await upload(editor, [photo(await plainJpeg())])).json().media;
      assert.equal((await site.app.inject({ method: 'DELETE', url: `/api/admin/media/${spare.id}`, headers: editor })).statusCode, 204);
      assert.equal((await site.app.inject({ method: 'GET', url: `/api/admin/media/${spare.id}`, headers: editor })).statusCode, 404);
    });
  });
}

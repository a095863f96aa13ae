import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { agencyJpeg, app13Segment, iimBytes, plainJpeg, xmpPacket } from '../../../test/fixtures/agency-photo.js';
import { readPhotoMetadata } from './photo-metadata.js';
import { parseIptc } from './read-iptc.js';
import { parseXmp } from './read-xmp.js';

test('an agency JPEG prefills caption, credit and source id from its IPTC', async () => {
  const photo = await agencyJpeg({
    caption: 'Fishermen mend their nets at dawn in the old port of Tyre, southern Lebanon',
    credit: 'LEVANT PRESS',
    byline: 'Rania Haddad',
    source: 'Levant Press Agency',
    transmissionReference: 'LP-2026-1142',
    objectName: 'LEBANON-ECONOMY-FISHING',
  });
  const meta = await sharp(photo).metadata();
  assert.equal(meta.format, 'jpeg');
  const read = readPhotoMetadata({ iptc: meta.iptc, xmp: meta.xmp });
  assert.equal(read.caption, 'Fishermen mend their nets at dawn in the old port of Tyre, southern Lebanon');
  assert.equal(read.credit, 'LEVANT PRESS/Rania Haddad');
  assert.equal(read.sourceId, 'LP-2026-1142');
  assert.equal(read.source, 'Levant Press Agency');
});

test('the object name stands in for the source id when there is no transmission reference', () => {
  const read = readPhotoMetadata({ iptc: iimBytes({ objectName: 'SYRIA-POLITICS/ELECTION', credit: 'AGENCY' }) });
  assert.equal(read.sourceId, 'SYRIA-POLITICS/ELECTION');
  assert.equal(read.credit, 'AGENCY');
});

test('Arabic captions survive: UTF-8 declared by dataset 1:90', () => {
  const read = parseIptc(iimBytes({ caption: 'صيادون يصلحون شباكهم في ميناء صور', byline: ['رانيا حداد', 'Omar Khalil'] }));
  assert.equal(read.caption, 'صيادون يصلحون شباكهم في ميناء صور');
  assert.equal(read.byline, 'رانيا حداد, Omar Khalil');
});

test('Latin-1 IIM without a character-set declaration is still readable', () => {
  const value = Buffer.from('Café in Beyrouth', 'latin1');
  const iim = Buffer.concat([Buffer.from([0x1c, 2, 120, 0, value.length]), value]);
  assert.equal(parseIptc(iim).caption, 'Café in Beyrouth');
});

test('a credit line that already names the photographer is not doubled', () => {
  const read = readPhotoMetadata({ iptc: iimBytes({ credit: 'Rania Haddad / LEVANT PRESS', byline: 'Rania Haddad' }) });
  assert.equal(read.credit, 'Rania Haddad / LEVANT PRESS');
});

test('truncated or foreign metadata yields what could be read, never an exception', () => {
  const full = iimBytes({ caption: 'A complete caption', credit: 'AGENCY' });
  assert.deepEqual(parseIptc(full.subarray(0, full.length - 3)), { caption: 'A complete caption' });
  assert.deepEqual(parseIptc(Buffer.from('not iptc at all')), {});
  assert.deepEqual(parseIptc(app13Segment(full).subarray(4, 30)), {});
  assert.deepEqual(parseXmp('<x:xmpmeta><rdf:RDF'), {});
});

test('XMP written by sharp prefills the same fields, attributes and elements alike', async () => {
  const photo = await plainJpeg({
    xmp: xmpPacket({ description: 'Voters queue outside a polling station in Amman & Zarqa', creator: ['Omar Khalil'], credit: 'LEVANT PRESS', transmissionReference: 'LP-2026-2210' }),
  });
  const meta = await sharp(photo).metadata();
  const read = readPhotoMetadata({ iptc: meta.iptc, xmp: meta.xmp });
  assert.equal(read.caption, 'Voters queue outside a polling station in Amman & Zarqa');
  assert.equal(read.credit, 'LEVANT PRESS/Omar Khalil');
  assert.equal(read.sourceId, 'LP-2026-2210');
});

test('IPTC wins over XMP when a photo carries both', () => {
  const read = readPhotoMetadata({
    iptc: iimBytes({ caption: 'From IPTC' }),
    xmp: xmpPacket({ description: 'From XMP', credit: 'XMP AGENCY' }),
  });
  assert.equal(read.caption, 'From IPTC');
  assert.equal(read.credit, 'XMP AGENCY');
});

test('a photo without metadata prefills nothing', () => {
  assert.deepEqual(readPhotoMetadata({}), { caption: '', credit: '', sourceId: '', byline: '', source: '' });
});

/**
 * A reader for IPTC-IIM, the metadata agencies (AP, AFP, Reuters, ...) still write into every
 * photo they send: caption, credit, by-line, source and their own transmission id. In a JPEG it
 * lives in an APP13 "Photoshop 3.0" segment, inside an image resource block (8BIM, id 0x0404);
 * sharp hands that segment's payload over as `metadata().iptc`.
 */

/** IIM datasets of record 2 (application record) that a newsroom cares about. */
export const IIM = {
  objectName: 5,
  byline: 80,
  credit: 110,
  source: 115,
  transmissionReference: 103,
  caption: 120,
} as const;

export type IimFields = Partial<Record<keyof typeof IIM, string>>;

const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';
const IPTC_RESOURCE_ID = 0x0404;

/** The IIM bytes inside a Photoshop image-resource block, or the buffer itself when it already is IIM. */
export function findIimBlock(buffer: Buffer): Buffer | undefined {
  if (buffer.length > 0 && buffer[0] === 0x1c) return buffer;
  let offset = buffer.subarray(0, PHOTOSHOP_HEADER.length).toString('latin1') === PHOTOSHOP_HEADER ? PHOTOSHOP_HEADER.length : 0;
  while (offset + 12 <= buffer.length) {
    if (buffer.subarray(offset, offset + 4).toString('latin1') !== '8BIM') return undefined;
    const id = buffer.readUInt16BE(offset + 4);
    const nameLength = buffer[offset + 6]!;
    // The Pascal-string name (length byte included) is padded to an even length.
    let cursor = offset + 6 + nameLength + 1;
    if ((nameLength + 1) % 2 === 1) cursor++;
    if (cursor + 4 > buffer.length) return undefined;
    const size = buffer.readUInt32BE(cursor);
    const start = cursor + 4;
    const end = start + size;
    if (end > buffer.length) return undefined;
    if (id === IPTC_RESOURCE_ID) return buffer.subarray(start, end);
    offset = end + (size % 2);
  }
  return undefined;
}

/** ESC % G in dataset 1:90 declares UTF-8; without it, text is UTF-8 when valid, else Latin-1. */
function decodeText(bytes: Buffer, utf8Declared: boolean): string {
  if (utf8Declared) return bytes.toString('utf8');
  const asUtf8 = bytes.toString('utf8');
  return asUtf8.includes('\uFFFD') ? bytes.toString('latin1') : asUtf8;
}

/** Collapses whitespace and strips control characters, so a stray CR from an agency's system does not reach a caption. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the record-2 datasets we use from IPTC-IIM (or a Photoshop resource block holding it).
 * Repeated datasets (several by-lines) are joined with ", ". Malformed input yields what could
 * be read before the damage, never an exception: metadata only prefills fields a person checks.
 *
 * @example parseIptc(meta.iptc) // { caption: 'Protesters gather…', credit: 'LEVANT PRESS', byline: 'Rania Haddad' }
 */
export function parseIptc(buffer: Buffer | undefined): IimFields {
  const out: IimFields = {};
  if (!buffer) return out;
  const iim = findIimBlock(buffer);
  if (!iim) return out;
  const byNumber = new Map<number, keyof typeof IIM>(Object.entries(IIM).map(([name, n]) => [n, name as keyof typeof IIM]));
  const values = new Map<keyof typeof IIM, string[]>();
  let utf8 = false;
  let offset = 0;
  while (offset + 5 <= iim.length && iim[offset] === 0x1c) {
    const record = iim[offset + 1]!;
    const dataset = iim[offset + 2]!;
    let length = iim.readUInt16BE(offset + 3);
    let start = offset + 5;
    if (length & 0x8000) {
      // Extended dataset: the low bits give how many bytes hold the real length.
      const lengthBytes = length & 0x7fff;
      if (lengthBytes < 1 || lengthBytes > 4 || start + lengthBytes > iim.length) break;
      length = iim.readUIntBE(start, lengthBytes);
      start += lengthBytes;
    }
    const end = start + length;
    if (end > iim.length) break;
    const data = iim.subarray(start, end);
    if (record === 1 && dataset === 90) utf8 = data.includes(Buffer.from('\x1b%G', 'latin1'));
    const name = record === 2 ? byNumber.get(dataset) : undefined;
    if (name) {
      const text = cleanText(decodeText(data, utf8));
      if (text) values.set(name, [...(values.get(name) ?? []), text]);
    }
    offset = end;
  }
  for (const [name, list] of values) out[name] = [...new Set(list)].join(', ');
  return out;
}

import { parseIptc } from './read-iptc.js';
import { parseXmp } from './read-xmp.js';

/** What an uploaded photo tells about itself, used to prefill the media library's fields. */
export interface PhotoMetadata {
  caption: string;
  /** Agency and photographer, `AGENCY/Photographer` when both are known. */
  credit: string;
  /** The agency's own id for the picture (transmission reference or object name). */
  sourceId: string;
  byline: string;
  source: string;
}

const limit = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/**
 * Combines a photo's IPTC-IIM and XMP metadata into caption, credit and source id. IPTC wins
 * where both are present because agencies write it first and XMP is often a copy made by an
 * editing tool. The credit joins agency and photographer as newsrooms print them
 * (`LEVANT PRESS/Rania Haddad`) unless the agency's credit line already names the photographer.
 *
 * @example readPhotoMetadata({ iptc, xmp }) // { caption: '…', credit: 'LEVANT PRESS/Rania Haddad', sourceId: 'LP-2026-1142', … }
 */
export function readPhotoMetadata(input: { iptc?: Buffer; xmp?: Buffer | string }): PhotoMetadata {
  const iptc = parseIptc(input.iptc);
  const xmp = parseXmp(typeof input.xmp === 'string' ? input.xmp : input.xmp?.toString('utf8'));
  const caption = iptc.caption ?? xmp.caption ?? '';
  const byline = iptc.byline ?? xmp.byline ?? '';
  const source = iptc.source ?? xmp.source ?? '';
  const agency = iptc.credit ?? xmp.credit ?? source;
  let credit = agency;
  if (byline && !agency.toLowerCase().includes(byline.toLowerCase())) credit = agency ? `${agency}/${byline}` : byline;
  const sourceId = iptc.transmissionReference ?? xmp.transmissionReference ?? iptc.objectName ?? xmp.title ?? '';
  return { caption: limit(caption, 2000), credit: limit(credit, 300), sourceId: limit(sourceId, 200), byline: limit(byline, 300), source: limit(source, 300) };
}

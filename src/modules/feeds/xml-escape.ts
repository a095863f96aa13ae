/**
 * Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 * They cannot be escaped, only dropped: one stray control character pasted into a headline
 * would otherwise make every feed reader reject the whole document.
 */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value made safe for XML: markup characters escaped, forbidden characters dropped. */
export const escapeXml = (value: string): string => value.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** An element with escaped text content: `<name>text</name>`. */
export const element = (name: string, text: string): string => `<${name}>${escapeXml(text)}</${name}>`;

/** Attributes from a record, skipping undefined values: ` a="1" b="2"`. */
export function attributes(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) if (value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  return out;
}

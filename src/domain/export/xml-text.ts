/** Text as XML 1.0 character data that every parser reads back as the same text. */

/**
 * Code units XML 1.0 cannot hold (§2.2 Char): C0 controls other than tab, LF and CR, U+FFFE,
 * U+FFFF, and surrogates that are not part of a pair.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a character XML cannot hold becomes: the replacement character, so the gap shows. */
export const REPLACEMENT = '\uFFFD';

/**
 * The text as it will read after a round trip through any XML file: characters XML cannot hold
 * replaced by U+FFFD, and CRLF or CR as LF (XML parsers normalise line ends so; §2.11).
 */
export function toXmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, REPLACEMENT).replace(/\r\n?/g, '\n');
}

/** Escapes text for an element's content or an attribute value (double or single quoted). */
export function escapeXml(text: string): string {
  return toXmlSafe(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** RFC 5545 content lines: TEXT escaping and folding at 75 octets of UTF-8. */

/** RFC 5545 §3.1: a physical line holds at most 75 octets, not counting its CRLF. */
export const MAX_LINE_OCTETS = 75;

/** RFC 5545 §3.1: content lines, physical lines included, end with CRLF. */
export const CRLF = '\r\n';

/**
 * Control characters that RFC 5545 §3.3.11 does not allow in TEXT (horizontal tab is allowed;
 * CR and LF are escaped before this runs).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, every line break
 * (CRLF, CR or LF) becomes `\n`, and other control characters, which TEXT cannot hold, are
 * dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(FORBIDDEN_CONTROL, '');
}

/**
 * Octets of text in UTF-8. A lone surrogate counts 3, the size of the
 * U+FFFD that TextEncoder writes in its place.
 */
export function getUtf8Length(text: string): number {
  let octets = 0;
  for (const char of text) {
    // A string iterator yields a surrogate pair (a code point past U+FFFF) as two UTF-16 units.
    const code = char.charCodeAt(0);
    octets += char.length === 2 ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return octets;
}

/**
 * Folds one logical content line into physical lines of at most 75 octets (RFC 5545 §3.1),
 * joined by CRLF and a single space; the space counts toward the next line's 75. A line is only
 * broken between code points, so no multi-octet character is split, and never inside an escape
 * pair such as `\n` or `\,`, which some clients misread when it is split.
 * @param line An unfolded content line without its CRLF.
 */
export function foldContentLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const size = getUtf8Length(unit);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

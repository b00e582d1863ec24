/**
 * Base64url without padding (RFC 4648 §5), the alphabet that survives a URL fragment untouched.
 * Written out because `Uint8Array.prototype.toBase64` is not in Node 20 and `atob` forgives too much.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map(Array.from(ALPHABET, (char, value) => [char.charCodeAt(0), value]));

/** Encodes bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  // Six bits at a time out of a running buffer (the mirror of fromBase64Url): every byte read
  // exists, and the last 2 or 4 bits left over are padded with zeros into one more character.
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET.charAt((buffer >> bits) & 63);
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (6 - bits)) & 63);
  return out;
}

/** Decodes base64url without padding; returns null for a character outside the alphabet or a bad length. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = VALUES.get(text.charCodeAt(i));
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
  }
  return bytes;
}

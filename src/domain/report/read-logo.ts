/**
 * Checks an uploaded logo before it goes on the report's cover: PNG or JPEG by its bytes (not its
 * name), under a size cap, with readable pixel dimensions. Pure: bytes in, result out.
 */
import type { ReportLogo } from './report-document';

/** Largest logo accepted, in bytes. */
export const MAX_LOGO_BYTES = 500_000;
/** Largest width or height accepted, in pixels. */
export const MAX_LOGO_PIXELS = 4000;

/** Why a logo was refused. */
export type LogoFailure = 'empty' | 'too-large' | 'not-an-image' | 'unreadable';

/** A logo ready for the cover, or why it was refused. */
export type LogoResult = { ok: true; logo: ReportLogo } | { ok: false; reason: LogoFailure };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// Callers check the length first, so every byte read exists; a DataView reads big-endian.
function readUint32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at);
}

function readUint16(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(at);
}

/** Width and height from a PNG's IHDR chunk, or null. */
function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const ihdr = String.fromCharCode(...bytes.slice(12, 16));
  if (bytes.length < 24 || ihdr !== 'IHDR') return null;
  return { width: readUint32(bytes, 16), height: readUint32(bytes, 20) };
}

/** Width and height from a JPEG's first start-of-frame marker, or null. */
function readJpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = readUint16(bytes, at) & 0xff;
    const length = readUint16(bytes, at + 2);
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: readUint16(bytes, at + 5), width: readUint16(bytes, at + 7) };
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** Accepts a PNG or JPEG logo of sane size; anything else is refused with a reason. */
export function tryReadLogo(bytes: Uint8Array): LogoResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, reason: 'too-large' };
  const isPng = startsWith(bytes, PNG_SIGNATURE);
  const isJpeg = startsWith(bytes, [0xff, 0xd8, 0xff]);
  if (!isPng && !isJpeg) return { ok: false, reason: 'not-an-image' };
  const size = isPng ? readPngSize(bytes) : readJpegSize(bytes);
  if (!size || size.width < 1 || size.height < 1) return { ok: false, reason: 'unreadable' };
  if (size.width > MAX_LOGO_PIXELS || size.height > MAX_LOGO_PIXELS)
    return { ok: false, reason: 'too-large' };
  return {
    ok: true,
    logo: { format: isPng ? 'PNG' : 'JPEG', bytes, width: size.width, height: size.height },
  };
}

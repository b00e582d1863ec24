import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LOGO_BYTES, tryReadLogo } from '~/domain/report/read-logo';

/** A 1×1 PNG and a 2×3 JPEG, real files. */
const PNG_1X1 = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment, then SOF0 with the size.
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
}

describe('tryReadLogo', () => {
  it('accepts a PNG and reads its size', () => {
    expect(tryReadLogo(PNG_1X1)).toMatchObject({
      ok: true,
      logo: { format: 'PNG', width: 1, height: 1 },
    });
  });

  it('accepts a JPEG and reads its size from the frame header', () => {
    expect(tryReadLogo(jpeg(320, 120))).toMatchObject({
      ok: true,
      logo: { format: 'JPEG', width: 320, height: 120 },
    });
  });

  it.each<[string, Uint8Array, string]>([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a GIF', Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]), 'not-an-image'],
    [
      'an SVG (text)',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'not-an-image',
    ],
    ['a PDF renamed .png', new TextEncoder().encode('%PDF-1.7 ...'), 'not-an-image'],
    ['a PNG cut after its signature', PNG_1X1.slice(0, 10), 'unreadable'],
    [
      'a JPEG with no frame header',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xd9, 0, 0, 0, 0, 0, 0, 0, 0]),
      'unreadable',
    ],
    ['a file over the size cap', new Uint8Array(MAX_LOGO_BYTES + 1).fill(0x89), 'too-large'],
    ['an image too many pixels wide', jpeg(9000, 10), 'too-large'],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(tryReadLogo(bytes)).toEqual({ ok: false, reason });
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (tail, png) => {
        const head = png ? PNG_1X1.slice(0, 8) : Uint8Array.from([0xff, 0xd8, 0xff]);
        const result = tryReadLogo(Uint8Array.from([...head, ...tail]));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

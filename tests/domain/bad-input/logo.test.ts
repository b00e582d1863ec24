/**
 * Bad input: the logo a consultant uploads for the report's cover (#8). Whatever the file, the
 * check never throws, never changes the bytes it is given, refuses with a reason that has a
 * message in both languages, and accepts only a PNG or JPEG whose size it could read within
 * bounds. Ordinary files and random bytes: ../report/read-logo.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LOGO_BYTES,
  MAX_LOGO_PIXELS,
  tryReadLogo,
  type LogoFailure,
  type LogoResult,
} from '~/domain/report/read-logo';
import { makeJpegLogo, makePngLogo } from '../../fixtures/report/logos';
import { expectMessageInBothLanguages, expectRefusal } from './hostile-inputs';
import { SLOW_TEST_MS } from '../../slow-test';

const png = makePngLogo(4, 2).bytes;
const jpeg = makeJpegLogo(16, 8).bytes;

/** Checks `bytes`, making sure they are the same afterwards. */
function read(bytes: Uint8Array): LogoResult {
  const before = Uint8Array.from(bytes);
  const result = tryReadLogo(bytes);
  expect(bytes).toEqual(before);
  return result;
}

/** `bytes` with the big-endian 32-bit number `value` written at `at`. */
function withUint32(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  new DataView(copy.buffer).setUint32(at, value);
  return copy;
}

/** Offset of the JPEG's start-of-frame marker (FF C0). */
const SOF = jpeg.findIndex((b, i) => b === 0xff && jpeg[i + 1] === 0xc0);
/** `jpeg` with its frame's height and width replaced. */
function jpegSized(width: number, height: number): Uint8Array {
  const copy = Uint8Array.from(jpeg);
  new DataView(copy.buffer).setUint16(SOF + 5, height);
  new DataView(copy.buffer).setUint16(SOF + 7, width);
  return copy;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('a logo that is not a usable image', () => {
  it.each<[string, Uint8Array, LogoFailure]>([
    ['a file of one zero byte', new Uint8Array(1), 'not-an-image'],
    ['a WebP image', text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'not-an-image'],
    ['a BMP image', text('BM6\u0000\u0000\u0000'), 'not-an-image'],
    ['an HEIC photo', Uint8Array.from([0, 0, 0, 0x18, ...text('ftypheic')]), 'not-an-image'],
    ['a PNG signature in text, base64', text('iVBORw0KGgo='), 'not-an-image'],
    ['a data: URL', text('data:image/png;base64,iVBORw0KGgo='), 'not-an-image'],
    ['an assessment file', text('{"format": "crm-readiness/assessment"}'), 'not-an-image'],
    ['the PNG signature alone', png.slice(0, 8), 'unreadable'],
    ['a PNG cut inside its header', png.slice(0, 20), 'unreadable'],
    ['a PNG whose first chunk is not IHDR', Uint8Array.from(png).fill(0x41, 12, 16), 'unreadable'],
    ['a PNG of width 0', withUint32(png, 16, 0), 'unreadable'],
    ['a PNG of height 0', withUint32(png, 20, 0), 'unreadable'],
    ['a PNG 4 294 967 295 pixels wide', withUint32(png, 16, 0xffffffff), 'too-large'],
    ['a PNG 2³¹ pixels high', withUint32(png, 20, 0x80000000), 'too-large'],
    ['a PNG one pixel too wide', withUint32(png, 16, MAX_LOGO_PIXELS + 1), 'too-large'],
    ['the JPEG start alone', jpeg.slice(0, 3), 'unreadable'],
    ['a JPEG cut before its frame', jpeg.slice(0, SOF + 4), 'unreadable'],
    ['a JPEG of height 0', jpegSized(16, 0), 'unreadable'],
    ['a JPEG of width 0', jpegSized(0, 8), 'unreadable'],
    ['a JPEG 65 535 pixels wide', jpegSized(65_535, 8), 'too-large'],
    [
      'a JPEG whose first segment has length 0',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, ...new Array<number>(20).fill(0)]),
      'unreadable',
    ],
    [
      'a JPEG whose first segment claims 65 535 bytes',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff, ...new Array<number>(20).fill(0)]),
      'unreadable',
    ],
    [
      'a JPEG start followed by a web page',
      Uint8Array.from([0xff, 0xd8, 0xff, ...text('<html><body>not an image</body></html>')]),
      'unreadable',
    ],
    [
      'a valid PNG padded past the size cap',
      Uint8Array.from([...png, ...new Array<number>(MAX_LOGO_BYTES)]),
      'too-large',
    ],
  ])(
    'refuses %s',
    (_name, bytes, reason) => {
      expectRefusal(read(bytes), reason);
    },
    SLOW_TEST_MS,
  );

  it('reads a PNG renamed .jpg by its bytes, as a PNG', () => {
    expect(read(png)).toMatchObject({ ok: true, logo: { format: 'PNG', width: 4, height: 2 } });
  });

  it.each<LogoFailure>(['empty', 'too-large', 'not-an-image', 'unreadable'])(
    'has a message in both languages for %s',
    (reason) => {
      expectMessageInBothLanguages((s) => s.results.logoErrors[reason]);
    },
  );
});

describe('any damage to a PNG or JPEG', () => {
  /** A valid logo with a few bytes overwritten, cut short, or grown with junk. */
  const damaged = fc
    .tuple(
      fc.constantFrom(png, jpeg),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.option(fc.nat(), { nil: undefined }),
      fc.uint8Array({ maxLength: 40 }),
    )
    .map(([file, edits, cut, tail]) => {
      const bytes = Uint8Array.from(file);
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      return Uint8Array.from([...bytes.slice(0, cut ?? bytes.length), ...tail]);
    });

  it(
    'never throws; an accepted logo is a PNG or JPEG within the bounds',
    () => {
      fc.assert(
        fc.property(damaged, (bytes) => {
          const result = read(bytes);
          if (!result.ok) return;
          expect(['PNG', 'JPEG']).toContain(result.logo.format);
          expect(result.logo.width).toBeGreaterThanOrEqual(1);
          expect(result.logo.height).toBeGreaterThanOrEqual(1);
          expect(Math.max(result.logo.width, result.logo.height)).toBeLessThanOrEqual(
            MAX_LOGO_PIXELS,
          );
        }),
        { numRuns: 1000 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'never throws on any text read as bytes',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
          expect(typeof read(text(s)).ok).toBe('boolean');
        }),
        { numRuns: 500 },
      );
    },
    SLOW_TEST_MS,
  );
});

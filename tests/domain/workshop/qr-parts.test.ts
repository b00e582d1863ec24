/** Submission codes cut into numbered QR parts and put back together in any order (#18). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_QR_PARTS,
  QR_TEXT_LIMIT,
  fingerprint,
  isQrPart,
  joinQrParts,
  readQrPart,
  splitForQr,
  toCheckCode,
  toWorkshopTag,
} from '~/domain/workshop/qr-parts';

const WORKSHOP = 'a1b2c3d4-e5f6-4711-8000-000000000001';
const OTHER = 'ffffffff-e5f6-4711-8000-000000000002';

function partsOf(code: string, workshopId = WORKSHOP, limit = 60): string[] {
  const split = splitForQr(code, workshopId, limit);
  if (!split.ok) throw new Error('did not split');
  return [...split.texts];
}

describe('splitForQr', () => {
  it('keeps a code that fits one QR code as it is', () => {
    expect(splitForQr('CRMS1.short', WORKSHOP)).toEqual({ ok: true, texts: ['CRMS1.short'] });
    const exact = 'x'.repeat(QR_TEXT_LIMIT);
    expect(splitForQr(exact, WORKSHOP)).toEqual({ ok: true, texts: [exact] });
  });

  it('cuts a longer code into numbered parts, each within the limit', () => {
    const code = `CRMS1.${'abcdefghij'.repeat(12)}`;
    const texts = partsOf(code);
    expect(texts.length).toBeGreaterThan(1);
    for (const [i, text] of texts.entries()) {
      expect(text.length).toBeLessThanOrEqual(60);
      expect(text.startsWith(`CRMQ1.a1b2c3d4.${fingerprint(code)}.${i + 1}-${texts.length}.`)).toBe(
        true,
      );
    }
  });

  it('refuses a code too large for the most parts allowed', () => {
    expect(splitForQr('x'.repeat(QR_TEXT_LIMIT * MAX_QR_PARTS), WORKSHOP)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    // A limit leaving no room for a piece at all.
    expect(splitForQr('x'.repeat(40), WORKSHOP, 20)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('toCheckCode', () => {
  it('gives 4 + 4 upper-case hex digits of the fingerprint', () => {
    expect(toCheckCode('CRMW1.abc')).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(toCheckCode('CRMW1.abc')).toBe(
      `${fingerprint('CRMW1.abc').slice(0, 4)}-${fingerprint('CRMW1.abc').slice(4)}`.toUpperCase(),
    );
  });
});

describe('toWorkshopTag', () => {
  it.each([
    [WORKSHOP, 'a1b2c3d4'],
    ['ab', 'ab'],
    ['..', '-'],
    ['a.b/c', 'abc'],
  ])('%s → %s', (id, tag) => expect(toWorkshopTag(id)).toBe(tag));
});

describe('readQrPart and isQrPart', () => {
  it.each([
    ['CRMQ1.a1b2c3d4.0123abcd.1-2.piece', true],
    ['  CRMQ1.a1b2c3d4.0123abcd.2-2.piece\n', true],
    ['CRMQ1.a1b2c3d4.0123abcd.3-2.piece', false],
    ['CRMQ1.a1b2c3d4.0123abcd.0-2.piece', false],
    ['CRMQ1.a1b2c3d4.0123abcd.1-9.piece', false],
    ['CRMQ1.a1b2c3d4.0123abcd.1-2.', false],
    ['CRMQ1.a1b2c3d4.XYZ.1-2.piece', false],
    ['CRMS1.abc', false],
    ['https://example.com/', false],
  ])('%j is a part: %s', (text, ok) => expect(readQrPart(text) !== null).toBe(ok));

  it('tells a part from a whole code', () => {
    expect(isQrPart(' CRMQ1.x')).toBe(true);
    expect(isQrPart('CRMS1.x')).toBe(false);
  });
});

describe('joinQrParts', () => {
  const code = `CRMS1.${'0123456789'.repeat(15)}`;
  const texts = partsOf(code);

  it('puts the parts together in any order, a part read twice counting once', () => {
    const reversed = [...texts].reverse();
    expect(joinQrParts(reversed, WORKSHOP)).toEqual({ ok: true, code, total: texts.length });
    expect(joinQrParts([...texts, texts[0]!], WORKSHOP)).toMatchObject({ ok: true, code });
  });

  it('names the parts still missing', () => {
    expect(joinQrParts([texts[1]!], WORKSHOP)).toEqual({
      ok: false,
      reason: 'missing',
      missing: [1, ...Array.from({ length: texts.length - 2 }, (_, i) => i + 3)],
      total: texts.length,
    });
    expect(joinQrParts([], WORKSHOP)).toEqual({
      ok: false,
      reason: 'missing',
      missing: [],
      total: 0,
    });
  });

  it("refuses another workshop's part", () => {
    expect(joinQrParts([partsOf(code, OTHER)[0]!], WORKSHOP)).toMatchObject({
      ok: false,
      reason: 'other-workshop',
    });
  });

  it('refuses parts of two codes, and two pieces under one number', () => {
    const other = partsOf(`${code}zz`);
    expect(joinQrParts([texts[0]!, other[1]!], WORKSHOP)).toMatchObject({ reason: 'mixed' });
    const forged = texts[0]!.replace(/\.([^.]+)$/, '.forged');
    expect(joinQrParts([texts[0]!, forged], WORKSHOP)).toMatchObject({ reason: 'mixed' });
    const longer = partsOf(code, WORKSHOP, 50);
    expect(joinQrParts([texts[0]!, longer[1]!], WORKSHOP)).toMatchObject({ reason: 'mixed' });
  });

  it('refuses a damaged part, and pieces that do not add up to their fingerprint', () => {
    expect(joinQrParts([texts[0]!, 'CRMQ1.garbage'], WORKSHOP)).toMatchObject({
      reason: 'corrupt',
      total: texts.length,
    });
    expect(joinQrParts(['CRMQ1.garbage'], WORKSHOP)).toMatchObject({ reason: 'corrupt', total: 0 });
    const tampered = texts.map((t, i) => (i === 0 ? t.replace(/.$/, '#') : t));
    expect(joinQrParts(tampered, WORKSHOP)).toMatchObject({ reason: 'corrupt' });
  });

  it('property: any order, with repeats, gives the code back', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }),
        fc.integer({ min: 40, max: 120 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (body, limit, picks) => {
          const whole = `CRMS1.${body}`;
          const split = splitForQr(whole, WORKSHOP, limit);
          if (!split.ok) return;
          if (split.texts.length === 1) {
            expect(split.texts[0]).toBe(whole);
            return;
          }
          const shuffled = [...split.texts].sort(() => 0).reverse();
          const repeats = picks.map((n) => split.texts[n % split.texts.length]!);
          expect(joinQrParts([...repeats, ...shuffled], WORKSHOP)).toMatchObject({
            ok: true,
            code: whole,
          });
        },
      ),
    );
  });

  it('property: leaving out one part names exactly that part', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 100, maxLength: 300 }), fc.nat(), (body, pick) => {
        const split = splitForQr(`CRMS1.${body}`, WORKSHOP, 60);
        if (!split.ok) return;
        const left = pick % split.texts.length;
        const rest = split.texts.filter((_, i) => i !== left);
        expect(joinQrParts(rest, WORKSHOP)).toMatchObject({
          reason: 'missing',
          missing: [left + 1],
        });
      }),
    );
  });

  it('property: parts of two workshops are never put together', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 100, maxLength: 300 }), (body) => {
        const mine = splitForQr(`CRMS1.${body}`, WORKSHOP, 60);
        const theirs = splitForQr(`CRMS1.${body}`, OTHER, 60);
        if (!mine.ok || !theirs.ok) return;
        const joined = joinQrParts([...mine.texts.slice(1), theirs.texts[0]!], WORKSHOP);
        expect(joined.ok).toBe(false);
      }),
    );
  });
});

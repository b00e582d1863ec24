/**
 * Bad input: what the facilitator's camera reads (#18). A QR code of something else (a web
 * address, random text, another workshop's code), a partial or mixed sequence, or a huge code is
 * refused with a reason; the workshop and the parts gathered so far never change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryImportSubmission } from '~/domain/workshop/import-submission';
import { splitForQr, takeScannedText } from '~/domain/workshop/qr-parts';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import {
  WORKSHOP_ID,
  deepFreeze,
  importTime,
  makeSubmission,
  makeWorkshop,
  tinyContext,
  tinyQuestionIds,
} from '../workshop/submission-helpers';
import { expectRefusal } from './hostile-inputs';

const workshop = deepFreeze(makeWorkshop());
const OTHER_WORKSHOP = 'w-00000000-2a55-4c1b-9d8e-6f0c2b7a1d44';

/** What scanning one text does end to end: the parts step, then the import of a whole code. */
async function scan(parts: readonly string[], text: string) {
  const step = takeScannedText(parts, text, workshop.id);
  if (step.kind !== 'code') return { step, imported: null };
  return {
    step,
    imported: await tryImportSubmission(workshop, step.code, tinyContext, importTime),
  };
}

/** A long code, cut in parts: the real code with a padding field the reader ignores. */
async function longCodeParts(workshopId = WORKSHOP_ID): Promise<readonly string[]> {
  const code = await encodeSubmissionCode(
    makeSubmission({ workshopId, answers: { 'q-plain': 2 } }),
    tinyQuestionIds,
  );
  const split = splitForQr(code, workshopId, 60);
  if (!split.ok || split.texts.length < 2) throw new Error('expected parts');
  return split.texts;
}

describe('a QR code of something else', () => {
  it.each([
    ['a web address', 'https://example.com/menu?table=4', 'corrupt'],
    ['random text', 'Wi-Fi: Guest / password hunter2', 'corrupt'],
    ['an invitation link', 'https://x.example/join/#CRMW1.abc', 'corrupt'],
    ['blank', '   ', 'empty'],
    ['a huge text', 'x'.repeat(MAX_TRANSFER_BYTES + 1), 'too-large'],
  ])('%s is refused and changes nothing', async (_, text, reason) => {
    const { step, imported } = await scan([], text);
    expect(step.parts).toEqual([]);
    expectRefusal(imported!, reason);
    expect(workshop.submissions).toEqual([]);
  });

  it("another workshop's code is refused as such", async () => {
    const code = await encodeSubmissionCode(
      makeSubmission({ workshopId: OTHER_WORKSHOP }),
      tinyQuestionIds,
    );
    expectRefusal((await scan([], code)).imported!, 'other-workshop');
  });

  it('any text: never throws, never adds, never keeps a non-part', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const { step, imported } = await scan([], text);
        if (step.kind === 'code') expect(imported!.ok).toBe(false);
        else expect(step.kind).toBe('refused');
        expect(workshop.submissions).toEqual([]);
      }),
    );
  });
});

describe('parts of a sequence', () => {
  it('a partial sequence adds nothing and names what is missing', async () => {
    const texts = await longCodeParts();
    const { step, imported } = await scan([], texts[1]!);
    expect(imported).toBeNull();
    expect(step).toMatchObject({ kind: 'waiting', read: 1, total: texts.length });
    expect(step.kind === 'waiting' && step.missing).toContain(1);
  });

  it('the same part read again counts once', async () => {
    const texts = await longCodeParts();
    const first = takeScannedText([], texts[0]!, workshop.id);
    const again = takeScannedText(first.parts, texts[0]!, workshop.id);
    expect(again).toEqual(first);
  });

  it("another workshop's part, a part of another code, a damaged part: refused, parts kept", async () => {
    const mine = await longCodeParts();
    const theirs = await longCodeParts(OTHER_WORKSHOP);
    const gathered = takeScannedText([], mine[0]!, workshop.id).parts;
    const otherCode = splitForQr(`CRMS1.${'y'.repeat(80)}`, workshop.id, 60);
    if (!otherCode.ok) throw new Error('expected parts');
    for (const [text, reason] of [
      [theirs[1]!, 'other-workshop'],
      [otherCode.texts[1]!, 'mixed'],
      ['CRMQ1.damaged', 'corrupt'],
      [mine[1]!.replace(/-\d\./, '-9.'), 'corrupt'],
    ] as const) {
      expect(takeScannedText(gathered, text, workshop.id)).toEqual({
        kind: 'refused',
        reason,
        parts: gathered,
      });
    }
  });

  it('every part, in any order, hands the real code to the import', async () => {
    const texts = [...(await longCodeParts())].reverse();
    let parts: readonly string[] = [];
    const imports: unknown[] = [];
    for (const text of texts) {
      const { step, imported } = await scan(parts, text);
      parts = step.parts;
      imports.push(imported);
    }
    expect(parts).toEqual([]);
    expect(imports.at(-1)).toMatchObject({ ok: true });
    expect(imports.slice(0, -1)).toEqual(texts.slice(1).map(() => null));
    expect(workshop.submissions).toEqual([]);
  });
});

describe('a code too large for QR codes', () => {
  it('is refused before any QR code is drawn', () => {
    expect(splitForQr('x'.repeat(20_000), workshop.id)).toEqual({ ok: false, reason: 'too-large' });
  });
});

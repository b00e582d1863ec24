/**
 * Bad input: the name typed for the next assessment (#16). Blank or invisible text, and text over
 * the label's length, are refused with a message in both languages; anything else is kept as
 * typed, on one line, without control characters. Ordinary cases: ../follow/next-run.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH } from '~/domain/assessment/assessment';
import { checkRunName, type RunNameIssue } from '~/domain/follow/next-run';
import { describeAnyText, expectRefusal } from './hostile-inputs';
import { SLOW_TEST_MS } from '../../slow-test';

const REASONS: readonly RunNameIssue[] = ['empty', 'too-long'];

describe('a typed name for the next assessment that is not one', () => {
  it.each<[string, string, RunNameIssue]>([
    ['nothing', '', 'empty'],
    ['spaces, tabs and line breaks', ' \t\r\n ', 'empty'],
    ['no-break and ideographic spaces', '\u00a0\u3000', 'empty'],
    ['a byte-order mark', '\uFEFF', 'empty'],
    ['zero-width spaces and joiners', '\u200b\u200c\u200d', 'empty'],
    ['direction marks', '\u200e\u200f\u202e', 'empty'],
    ['control characters', '\u0000\u0001\u001f\u007f', 'empty'],
    ['a pasted page', 'x'.repeat(100_000), 'too-long'],
    ['one letter over the limit', 'ñ'.repeat(MAX_LABEL_LENGTH + 1), 'too-long'],
    ['emoji over the limit', '🙂'.repeat(MAX_LABEL_LENGTH + 1), 'too-long'],
  ])('refuses %s', (_name, text, reason) => {
    expectRefusal(checkRunName(text), reason);
  });

  it.each<[string, string, string]>([
    ['an HTML tag, kept as text', '<b>Review</b>', '<b>Review</b>'],
    ['a formula, kept as text', '=HYPERLINK("x")', '=HYPERLINK("x")'],
    ['a prototype key', '__proto__', '__proto__'],
    ['a name with a NUL inside', 'Rev\u0000iew', 'Review'],
    ['a name pasted over three lines', 'Autumn\nreview\n2027', 'Autumn review 2027'],
    ['an emoji sequence with joiners', '👩‍💼 review', '👩‍💼 review'],
  ])('accepts %s', (_name, text, value) => {
    expect(checkRunName(text)).toEqual({ ok: true, value });
  });
});

describe('any typed name', () => {
  it(
    'is refused with a known reason, or kept on one line, trimmed and within the limit',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          const result = checkRunName(text);
          if (!result.ok) {
            expect(REASONS).toContain(result.reason);
            return;
          }
          expect(result.value).toBe(result.value.trim());
          expect(result.value).not.toMatch(/[\p{Cc}]/u);
          expect([...result.value].length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
        }),
        { numRuns: 500 },
      );
    },
    SLOW_TEST_MS,
  );
});

describeAnyText({
  what: 'the name of the next assessment',
  prefixes: [' ', '\u200b', 'Review — '],
  failures: REASONS,
  read: checkRunName,
  message: (strings, reason) => strings.assessments.reassess.errors[reason],
});

/**
 * Bad input: what people type about an initiative's progress (#16): status, reason, actual start
 * and finish days, note. Every refusal has a reason with a message in both languages; an accepted
 * date is a real day, not in the future, not before the plan, and a finish never precedes its
 * start; nothing passed in is changed. Ordinary cases: ../follow/check-progress.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkActualDates,
  checkProgressNote,
  checkStatus,
  type ProgressIssue,
} from '~/domain/follow/check-progress';
import type { FollowIssue } from '~/stores/follow';
import { getStrings } from '~/i18n';
import { describeAnyText, expectRefusal } from './hostile-inputs';
import { SLOW_TEST_MS } from '../../slow-test';

const CONTEXT = Object.freeze({ planStart: '2027-01-04', today: '2027-03-01' });

/** Every reason a progress change can be refused with. */
const REASONS: readonly ProgressIssue[] = [
  'invalid-date',
  'future-date',
  'before-plan-start',
  'finish-before-start',
  'reason-required',
  'too-long',
  'unknown-status',
];

// Compile-time: every reason the follow store gives has a message in each language.
const MESSAGES: Readonly<Record<FollowIssue, string>> = getStrings('en').follow.errors;

describe('a typed progress date that is not one', () => {
  it.each<[string, string]>([
    ['a day that does not exist', '2027-02-29'],
    ['month 13', '2027-13-01'],
    ['a local format', '01/02/2027'],
    ['a timestamp', '2027-02-01T10:00:00Z'],
    ['words', 'last Monday'],
    ['a formula', '=TODAY()'],
    ['a zero-width space inside', '2027-02\u200b-01'],
    ['full-width digits', '２０２７-０２-０１'],
    ['an HTML tag', '<b>2027-02-01</b>'],
    ['a pasted page', 'x'.repeat(100_000)],
    ['a NUL character', '2027-02-01\u0000'],
    ['a year with five digits', '20270-02-01'],
  ])('refuses %s', (_name, text) => {
    expectRefusal(
      checkActualDates({ actualStart: text, actualFinish: '' }, CONTEXT),
      'invalid-date',
    );
    expectRefusal(
      checkActualDates({ actualStart: '', actualFinish: text }, CONTEXT),
      'invalid-date',
    );
  });

  it.each<[string, string, string, ProgressIssue]>([
    ['tomorrow', '2027-03-02', '', 'future-date'],
    ['the far future', '9999-12-31', '', 'future-date'],
    ['the day before the plan', '2027-01-03', '', 'before-plan-start'],
    ['year 1', '0001-01-01', '', 'before-plan-start'],
    ['a finish a day before its start', '2027-02-02', '2027-02-01', 'finish-before-start'],
  ])('refuses %s', (_name, actualStart, actualFinish, reason) => {
    expectRefusal(checkActualDates({ actualStart, actualFinish }, CONTEXT), reason);
  });

  it.each<[string, string, string, ProgressIssue]>([
    ['a status in capitals', 'DONE', '', 'unknown-status'],
    ['a status with a space', 'done ', '', 'unknown-status'],
    ['late, which is computed, not recorded', 'late', '', 'unknown-status'],
    ['a prototype key', '__proto__', '', 'unknown-status'],
    ['dropped with only white space', 'dropped', '\u00a0\t\n', 'reason-required'],
    ['dropped with a pasted page', 'dropped', 'x'.repeat(100_000), 'too-long'],
  ])('refuses %s', (_name, status, reason, expected) => {
    expectRefusal(checkStatus(status, reason), expected);
  });

  it('refuses a pasted note', () => {
    expectRefusal(checkProgressNote('x'.repeat(501), 'note'), 'too-long');
  });
});

describe('any typed progress date', () => {
  const dayText = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );

  it(
    'never throws; an accepted pair is real, in the plan’s past and in order',
    () => {
      fc.assert(
        fc.property(dayText, dayText, (actualStart, actualFinish) => {
          const input = Object.freeze({ actualStart, actualFinish });
          const result = checkActualDates(input, CONTEXT);
          expect(input).toEqual({ actualStart, actualFinish });
          if (!result.ok) {
            expect(REASONS).toContain(result.reason);
            return;
          }
          for (const day of [result.value.actualStart, result.value.actualFinish]) {
            if (day === undefined) continue;
            expect(day >= CONTEXT.planStart && day <= CONTEXT.today).toBe(true);
          }
          const { actualStart: s, actualFinish: f } = result.value;
          if (s !== undefined && f !== undefined) expect(s <= f).toBe(true);
        }),
        { numRuns: 2000 },
      );
    },
    SLOW_TEST_MS,
  );
});

describeAnyText({
  what: 'an initiative status with its reason',
  prefixes: ['dropped', 'done', 'not-started', 'in-progress'],
  failures: REASONS,
  read: (text) => {
    const [status = '', reason = ''] = text.split('|');
    return checkStatus(status, reason);
  },
  message: (strings, reason) => strings.follow.errors[reason],
});

describe('messages', () => {
  it('word every reason the follow store gives', () => {
    expect(Object.keys(MESSAGES).length).toBeGreaterThanOrEqual(REASONS.length);
  });
});

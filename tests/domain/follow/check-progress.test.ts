import { describe, expect, it } from 'vitest';
import {
  checkActualDates,
  checkProgressNote,
  checkStatus,
  type ProgressField,
  type ProgressIssue,
} from '~/domain/follow/check-progress';

const CONTEXT = { planStart: '2027-01-04', today: '2027-03-01' };

describe('checkActualDates', () => {
  it.each<[string, string, string, ProgressIssue, ProgressField]>([
    ['a start that is not a day', '2027-02-30', '', 'invalid-date', 'actualStart'],
    ['a start in words', 'yesterday', '', 'invalid-date', 'actualStart'],
    ['a pasted paragraph', `2027-02-01 ${'x'.repeat(300)}`, '', 'invalid-date', 'actualStart'],
    ['a start in the future', '2027-03-02', '', 'future-date', 'actualStart'],
    ['a start before the plan', '2027-01-03', '', 'before-plan-start', 'actualStart'],
    ['a finish in the future', '2027-02-01', '2027-04-01', 'future-date', 'actualFinish'],
    ['a finish that is not a day', '', '01/02/2027', 'invalid-date', 'actualFinish'],
    [
      'a finish before the start',
      '2027-02-10',
      '2027-02-01',
      'finish-before-start',
      'actualFinish',
    ],
  ])('refuses %s', (_name, actualStart, actualFinish, reason, field) => {
    expect(checkActualDates({ actualStart, actualFinish }, CONTEXT)).toEqual({
      ok: false,
      reason,
      field,
    });
  });

  it.each<[string, string, string, object]>([
    [
      'both days, trimmed',
      ' 2027-01-04 ',
      '2027-03-01',
      { actualStart: '2027-01-04', actualFinish: '2027-03-01' },
    ],
    ['a start only', '2027-02-01', '', { actualStart: '2027-02-01', actualFinish: undefined }],
    ['nothing: both cleared', '', '  ', { actualStart: undefined, actualFinish: undefined }],
    [
      'a finish on its start day',
      '2027-02-01',
      '2027-02-01',
      { actualStart: '2027-02-01', actualFinish: '2027-02-01' },
    ],
  ])('accepts %s', (_name, actualStart, actualFinish, value) => {
    expect(checkActualDates({ actualStart, actualFinish }, CONTEXT)).toEqual({ ok: true, value });
  });

  it('accepts any past day when the plan has no start', () => {
    expect(
      checkActualDates({ actualStart: '1999-01-01', actualFinish: '' }, { today: '2027-03-01' }),
    ).toMatchObject({ ok: true });
  });
});

describe('checkStatus and checkProgressNote', () => {
  it.each<[string, string, object]>([
    ['in-progress', 'ignored', { ok: true, value: { status: 'in-progress' } }],
    [
      'dropped',
      '  Bought instead. ',
      { ok: true, value: { status: 'dropped', reason: 'Bought instead.' } },
    ],
    ['dropped', '   ', { ok: false, reason: 'reason-required', field: 'reason' }],
    ['dropped', 'x'.repeat(501), { ok: false, reason: 'too-long', field: 'reason' }],
    ['late', '', { ok: false, reason: 'unknown-status', field: 'status' }],
    ['__proto__', '', { ok: false, reason: 'unknown-status', field: 'status' }],
  ])('status %j with reason %j', (status, reason, expected) => {
    expect(checkStatus(status, reason)).toEqual(expected);
  });

  it('keeps a note as typed up to its limit', () => {
    expect(checkProgressNote(' Half way. ', 'note')).toEqual({ ok: true, value: ' Half way. ' });
    expect(checkProgressNote('x'.repeat(501), 'note')).toEqual({
      ok: false,
      reason: 'too-long',
      field: 'note',
    });
  });
});

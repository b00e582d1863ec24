/** A hand-in scanned or pasted twice is recognised (#18). */
import { describe, expect, it } from 'vitest';
import { isSameSubmission } from '~/domain/workshop/same-submission';
import { makeSubmission } from './submission-helpers';

describe('isSameSubmission', () => {
  const base = makeSubmission({ answers: { a: 1, b: 'dont-know' } });
  it.each([
    ['the same hand-in', base, true],
    ['a copy', { ...base, answers: { b: 'dont-know', a: 1 } }, true],
    ['another participant', { ...base, participantId: 'other' }, false],
    ['another time', { ...base, submittedAt: '2030-01-01T00:00:00.000Z' }, false],
    ['another answer', { ...base, answers: { a: 2, b: 'dont-know' } }, false],
    ['an answer more', { ...base, answers: { a: 1, b: 'dont-know', c: 3 } }, false],
    ['an answer fewer', { ...base, answers: { a: 1 } }, false],
  ] as const)('%s → %s', (_, other, same) => {
    expect(isSameSubmission(base, other)).toBe(same);
  });
});

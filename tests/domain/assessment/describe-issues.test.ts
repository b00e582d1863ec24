import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeIssues, formatIssuePath } from '~/domain/assessment/describe-issues';

function issuesOf(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues;
}

describe('describeIssues', () => {
  it.each<[string, z.ZodMiniType, unknown, string]>([
    ['a wrong type', z.object({ a: z.string() }), { a: 1 }, 'a: expected string'],
    ['a value outside a list', z.literal(['x', 1]), 'y', '(top level): expected "x", 1'],
    ['a long string', z.string().check(z.maxLength(2)), 'abc', '(top level): too long (at most 2)'],
    ['a big number', z.number().check(z.maximum(2)), 3, '(top level): too big (at most 2)'],
    [
      'a short array',
      z.array(z.string()).check(z.minLength(1)),
      [],
      '(top level): too short (at least 1)',
    ],
    ['a small number', z.int().check(z.minimum(1)), 0, '(top level): too small (at least 1)'],
    ['a bad format', z.iso.datetime(), 'soon', '(top level): expected a valid datetime'],
    [
      'a union miss',
      z.union([z.string(), z.number()]),
      true,
      '(top level): not one of the allowed values',
    ],
    [
      'a bad record key',
      z.record(z.string().check(z.minLength(2)), z.number()),
      { a: 1 },
      'a: is not a valid key',
    ],
    [
      'an unknown key in a strict object',
      z.strictObject({}),
      { a: 1 },
      '(top level): is not valid',
    ],
  ])('describes %s', (_name, schema, value, text) => {
    expect(describeIssues(issuesOf(schema, value))).toBe(text);
  });

  it('names at most three issues and counts the rest', () => {
    const schema = z.array(z.string());
    expect(describeIssues(issuesOf(schema, [1, 2, 3, 4]))).toBe(
      '[0]: expected string; [1]: expected string; [2]: expected string; and 1 more problem',
    );
  });
});

describe('formatIssuePath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '(top level)'],
    [
      ['assessment', 'answers', 'strategy-executive-sponsor'],
      'assessment.answers.strategy-executive-sponsor',
    ],
    [['profile', 'channels', 2], 'profile.channels[2]'],
    [['notes', 'a b'], 'notes["a b"]'],
    [['notes', 'x'.repeat(50)], `notes["${'x'.repeat(40)}…"]`],
    [[Symbol('s')], 's'],
    [[Symbol()], 'symbol'],
  ])('formats %j as %s', (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});

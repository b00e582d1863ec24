import { describe, expect, it } from 'vitest';
import type { Assessment } from '~/domain/assessment/assessment';
import {
  buildRestoreContext,
  hasRestoreChanges,
  reconcileAssessment,
  type RestoreReport,
} from '~/domain/assessment/restore-assessment';
import { restoreAssessment } from '~/domain/assessment/stored-assessment';
import { AssessmentSchema } from '~/domain/schemas/assessment-file';
import { deepFreeze, makeAssessment, tinyContext } from './helpers';

const noChanges: RestoreReport = {
  setAsideIds: [],
  restoredIds: [],
  supersededIds: [],
  clearedNotApplicableIds: [],
  droppedProfileFieldIds: [],
  previousContentVersion: null,
};

type Part = Pick<Assessment, 'answers' | 'notes' | 'setAside'>;
const none = { answers: {}, notes: {} };

describe('restoreAssessment: reconciling with the current content', () => {
  it('keeps an assessment that matches the content as it is, and reports nothing', () => {
    const assessment = deepFreeze(makeAssessment());
    const result = restoreAssessment(assessment, tinyContext);
    expect(result).toEqual({ ok: true, assessment, report: noChanges });
    expect(result.ok && hasRestoreChanges(result.report)).toBe(false);
  });

  it.each<[string, Part, Part, Partial<RestoreReport>]>([
    [
      'moves answers and notes to removed questions into setAside and reports their ids',
      {
        answers: { 'q-plain': 2, gone: 3 },
        notes: { gone: 'why', 'gone-too': 'n' },
        setAside: none,
      },
      {
        answers: { 'q-plain': 2 },
        notes: {},
        setAside: { answers: { gone: 3 }, notes: { gone: 'why', 'gone-too': 'n' } },
      },
      { setAsideIds: ['gone', 'gone-too'] },
    ],
    [
      'merges newly set-aside answers with those already set aside',
      {
        answers: { gone: 1 },
        notes: {},
        setAside: { answers: { older: 4 }, notes: { older: 'kept' } },
      },
      {
        answers: {},
        notes: {},
        setAside: { answers: { older: 4, gone: 1 }, notes: { older: 'kept' } },
      },
      { setAsideIds: ['gone'] },
    ],
    [
      'lets a newer answer to a removed question replace the one set aside, and reports it',
      { answers: { gone: 1 }, notes: {}, setAside: { answers: { gone: 4 }, notes: {} } },
      { answers: {}, notes: {}, setAside: { answers: { gone: 1 }, notes: {} } },
      { setAsideIds: ['gone'], supersededIds: ['gone'] },
    ],
    [
      'restores set-aside answers and notes when their question is back',
      {
        answers: {},
        notes: {},
        setAside: { answers: { 'q-plain': 2, gone: 0 }, notes: { 'q-plain': 'back' } },
      },
      {
        answers: { 'q-plain': 2 },
        notes: { 'q-plain': 'back' },
        setAside: { answers: { gone: 0 }, notes: {} },
      },
      { restoredIds: ['q-plain'] },
    ],
    [
      'keeps the live answer when a question is both answered and set aside, and reports the set-aside one',
      { answers: { 'q-plain': 1 }, notes: {}, setAside: { answers: { 'q-plain': 4 }, notes: {} } },
      { answers: { 'q-plain': 1 }, notes: {}, setAside: none },
      { supersededIds: ['q-plain'] },
    ],
    [
      'clears "not applicable" on a question that does not allow it',
      {
        answers: { 'q-plain': 'not-applicable', 'q-na': 'not-applicable' },
        notes: {},
        setAside: none,
      },
      { answers: { 'q-na': 'not-applicable' }, notes: {}, setAside: none },
      { clearedNotApplicableIds: ['q-plain'] },
    ],
    [
      'clears "not applicable" on a critical question',
      { answers: { 'q-crit': 'not-applicable' }, notes: {}, setAside: none },
      { answers: {}, notes: {}, setAside: none },
      { clearedNotApplicableIds: ['q-crit'] },
    ],
    [
      'clears a restored set-aside "not applicable" the question does not allow',
      { answers: {}, notes: {}, setAside: { answers: { 'q-plain': 'not-applicable' }, notes: {} } },
      { answers: {}, notes: {}, setAside: none },
      { restoredIds: ['q-plain'], clearedNotApplicableIds: ['q-plain'] },
    ],
    [
      'keeps "not applicable" on a removed question, set aside',
      { answers: { gone: 'not-applicable' }, notes: {}, setAside: none },
      { answers: {}, notes: {}, setAside: { answers: { gone: 'not-applicable' }, notes: {} } },
      { setAsideIds: ['gone'] },
    ],
  ])('%s', (_name, input, expected, report) => {
    const result = restoreAssessment(deepFreeze(makeAssessment(input)), tinyContext);
    expect(result).toEqual({
      ok: true,
      assessment: makeAssessment(expected),
      report: { ...noChanges, ...report },
    });
  });

  it('drops profile answers to fields the profile no longer has, and reports them', () => {
    const input = makeAssessment({
      profile: { 'company-size': 'small', 'old-field': 'x', budget: ['a'] },
    });
    const result = restoreAssessment(input, tinyContext);
    expect(result).toMatchObject({
      ok: true,
      assessment: { profile: { 'company-size': 'small' } },
      report: { droppedProfileFieldIds: ['old-field', 'budget'] },
    });
  });

  it('moves the assessment to the current content version and reports the one it was saved against', () => {
    const context = { ...tinyContext, contentVersion: 3 };
    const result = restoreAssessment(makeAssessment({ contentVersion: 2 }), context);
    expect(result).toMatchObject({
      ok: true,
      assessment: { contentVersion: 3 },
      report: { previousContentVersion: 2 },
    });
    expect(result.ok && hasRestoreChanges(result.report)).toBe(false);
  });

  it('never carries a __proto__ key, even from a hand-built assessment', () => {
    const answers = JSON.parse('{"__proto__": 3, "q-plain": 1}') as Assessment['answers'];
    const { assessment, report } = reconcileAssessment(makeAssessment({ answers }), tinyContext);
    expect(Object.getOwnPropertyNames(assessment.answers)).toEqual(['q-plain']);
    expect(Object.getOwnPropertyNames(assessment.setAside.answers)).toEqual([]);
    expect(report.setAsideIds).toEqual([]);
  });

  it('returns an assessment that passes the schema again', () => {
    const messy = makeAssessment({
      answers: { gone: 2, 'q-plain': 'not-applicable' },
      setAside: { answers: { 'q-na': 1 }, notes: { 'q-na': 'n' } },
    });
    const result = restoreAssessment(messy, tinyContext);
    expect(result.ok && AssessmentSchema.safeParse(result.assessment).success).toBe(true);
  });
});

describe('restoreAssessment: validation', () => {
  it.each<[string, unknown, string]>([
    [
      'a level above 4',
      makeAssessment({ answers: { 'q-plain': 5 as 4 } }),
      'answers.q-plain: expected 0, 1, 2, 3, 4, "dont-know", "not-applicable"',
    ],
    [
      'a note over the limit',
      makeAssessment({ notes: { 'q-plain': 'x'.repeat(2001) } }),
      'notes.q-plain: too long (at most 2000)',
    ],
    [
      'a name over the limit',
      makeAssessment({ name: 'x'.repeat(121) }),
      'name: too long (at most 120)',
    ],
    [
      'a timestamp that is not ISO 8601',
      makeAssessment({ createdAt: 'yesterday' }),
      'createdAt: expected a valid datetime',
    ],
    [
      'a missing setAside',
      { ...makeAssessment(), setAside: undefined },
      'setAside: expected object',
    ],
    [
      'a profile answer that is a number',
      makeAssessment({ profile: { sector: 3 as unknown as string } }),
      'profile.sector: not one of the allowed values',
    ],
    ['not an object', 'assessment', '(top level): expected object'],
  ])('refuses %s and says where', (_name, raw, detail) => {
    expect(restoreAssessment(raw, tinyContext)).toEqual({ ok: false, reason: 'invalid', detail });
  });
});

describe('buildRestoreContext', () => {
  it('keeps only what restoring needs from each question', () => {
    const context = buildRestoreContext(
      { questions: [{ id: 'a', notApplicable: true, critical: false, weight: 2 } as never] },
      new Set(['size']),
      4,
    );
    expect(context).toEqual({
      questions: new Map([['a', { notApplicable: true, critical: false }]]),
      profileFieldIds: new Set(['size']),
      contentVersion: 4,
    });
  });
});

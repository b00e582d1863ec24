import { describe, expect, it } from 'vitest';
import { restoreStoredAssessment, toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { deepFreeze, makeAssessment, tinyContext } from './helpers';

describe('stored assessments', () => {
  it('round-trip through JSON to the same assessment', () => {
    const stored = deepFreeze(
      JSON.parse(JSON.stringify(toStoredAssessment(makeAssessment()))) as unknown,
    );
    expect(restoreStoredAssessment(stored, tinyContext)).toMatchObject({
      ok: true,
      assessment: makeAssessment(),
    });
  });

  it('are reconciled with the content like an import', () => {
    const stored = toStoredAssessment(makeAssessment({ notes: { gone: 'kept aside' } }));
    expect(restoreStoredAssessment(stored, tinyContext)).toMatchObject({
      ok: true,
      assessment: { notes: {}, setAside: { notes: { gone: 'kept aside' } } },
      report: { setAsideIds: ['gone'] },
    });
  });

  it.each<[string, unknown, string]>([
    [
      'a record from a newer version',
      { schemaVersion: 99, assessment: makeAssessment() },
      'newer-version',
    ],
    ['a record without a version', { assessment: makeAssessment() }, 'invalid'],
    ['a record without an assessment', { schemaVersion: 1 }, 'invalid'],
    [
      'a record whose assessment is wrong',
      { schemaVersion: 1, assessment: { ...makeAssessment(), id: '' } },
      'invalid',
    ],
    ['text', 'x', 'invalid'],
  ])('refuse %s as %s', (_name, raw, reason) => {
    expect(restoreStoredAssessment(raw, tinyContext)).toMatchObject({ ok: false, reason });
  });
});

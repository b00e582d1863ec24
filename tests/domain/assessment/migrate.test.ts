import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SCHEMA_VERSION } from '~/domain/assessment/assessment';
import {
  MIGRATIONS,
  migrate,
  type MigrationTable,
  type RawRecord,
} from '~/domain/assessment/migrate';
import { deepFreeze } from './helpers';

/** A fake history: version 1 called it `title`, version 2 `label`, version 3 `name`. */
const fakeTable: MigrationTable = {
  1: ({ title, ...rest }) => ({ ...rest, label: title, steps: ['1→2'] }),
  2: ({ label, steps, ...rest }) => ({
    ...rest,
    name: label,
    steps: [...(steps as string[]), '2→3'],
  }),
};

describe('migrate', () => {
  it('has one step per version before the current one (#13 added 2, #16 added 3)', () => {
    expect(ASSESSMENT_SCHEMA_VERSION).toBe(3);
    expect(Object.keys(MIGRATIONS)).toEqual(['1', '2']);
  });

  it('copies a version 2 record into version 3 unchanged but for its version (#16)', () => {
    const raw = deepFreeze({ schemaVersion: 2, assessment: { id: 'a', mode: 'quick' } });
    expect(migrate(raw)).toEqual({
      ok: true,
      value: { schemaVersion: 3, assessment: { id: 'a', mode: 'quick' } },
    });
  });

  it('returns a record of the current version as it is', () => {
    const raw = deepFreeze({ schemaVersion: 3, assessment: { id: 'a', mode: 'quick' } });
    expect(migrate(raw)).toEqual({ ok: true, value: raw });
  });

  it('makes a version 1 record a full assessment, keeping everything else (#13)', () => {
    const raw = deepFreeze({
      schemaVersion: 1,
      format: 'x',
      assessment: { id: 'a', answers: { q: 3 } },
    });
    expect(migrate(raw)).toEqual({
      ok: true,
      value: {
        schemaVersion: 3,
        format: 'x',
        assessment: { id: 'a', answers: { q: 3 }, mode: 'full' },
      },
    });
  });

  it.each([null, 'text', ['a'], undefined])(
    'passes a version 1 record whose assessment is %j on untouched, for validation to refuse',
    (assessment) => {
      const raw = deepFreeze({ schemaVersion: 1, assessment });
      expect(migrate(raw)).toEqual({ ok: true, value: { schemaVersion: 3, assessment } });
    },
  );

  it('runs a chain of steps in order and stamps each new version', () => {
    const raw = deepFreeze({ schemaVersion: 1, title: 'Spring review' });
    expect(migrate(raw, fakeTable, 3)).toEqual({
      ok: true,
      value: { schemaVersion: 3, name: 'Spring review', steps: ['1→2', '2→3'] },
    });
  });

  it('starts the chain at the record’s own version', () => {
    const raw = { schemaVersion: 2, label: 'Spring review', steps: [] };
    expect(migrate(raw, fakeTable, 3)).toMatchObject({
      ok: true,
      value: { schemaVersion: 3, steps: ['2→3'] },
    });
  });

  it('fails cleanly when a step is missing from the chain', () => {
    const gap: MigrationTable = { 1: (raw) => ({ ...raw }) };
    expect(migrate({ schemaVersion: 1 }, gap, 3)).toEqual({
      ok: false,
      reason: 'invalid',
      detail: 'No migration from schema version 2.',
    });
  });

  it('fails cleanly when a step throws or returns something other than an object', () => {
    const throwing: MigrationTable = {
      1: () => {
        throw new Error('boom');
      },
    };
    const throwsText: MigrationTable = {
      1: () => {
        throw 'text'; // eslint-disable-line @typescript-eslint/only-throw-error -- a step may throw anything
      },
    };
    const returnsArray: MigrationTable = { 1: () => [] as unknown as RawRecord };
    expect(migrate({ schemaVersion: 1 }, throwing, 2)).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: expect.stringContaining('boom') as string,
    });
    expect(migrate({ schemaVersion: 1 }, throwsText, 2)).toMatchObject({
      detail: 'Migration from version 1 failed: text',
    });
    expect(migrate({ schemaVersion: 1 }, returnsArray, 2)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('does not take a step from the prototype of the table', () => {
    expect(
      migrate({ schemaVersion: 1 }, Object.create({ 1: (r: RawRecord) => r }) as MigrationTable, 2),
    ).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it.each<[string, unknown, string]>([
    ['a newer version', { schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 }, 'newer-version'],
    ['a much newer version', { schemaVersion: 999 }, 'newer-version'],
    ['no version', { assessment: {} }, 'invalid'],
    ['version 0', { schemaVersion: 0 }, 'invalid'],
    ['a fractional version', { schemaVersion: 1.5 }, 'invalid'],
    ['a version as text', { schemaVersion: '1' }, 'invalid'],
    ['an array', [{ schemaVersion: 1 }], 'invalid'],
    ['null', null, 'invalid'],
    ['a number', 1, 'invalid'],
  ])('refuses %s', (_name, raw, reason) => {
    expect(migrate(raw)).toMatchObject({ ok: false, reason });
  });
});

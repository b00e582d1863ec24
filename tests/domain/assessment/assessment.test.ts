import { describe, expect, it } from 'vitest';
import {
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  createAssessment,
  createId,
  duplicateAssessment,
  toLabel,
  withAnswer,
  withDetails,
  withMode,
  withNote,
  withPosition,
  withProfileAnswer,
} from '~/domain/assessment/assessment';
import { AssessmentSchema } from '~/domain/schemas/assessment-file';
import { deepFreeze, makeAssessment } from './helpers';

const later = new Date('2025-04-01T10:00:00.000Z');
const base = deepFreeze(makeAssessment());

describe('createAssessment', () => {
  it('starts empty at the profile step, with trimmed labels and one timestamp', () => {
    const created = createAssessment(
      { name: '  Review ', organization: 'Acme', contentVersion: 2 },
      later,
      'id-1',
    );
    expect(created).toEqual({
      id: 'id-1',
      name: 'Review',
      organization: 'Acme',
      assessor: '',
      createdAt: '2025-04-01T10:00:00.000Z',
      updatedAt: '2025-04-01T10:00:00.000Z',
      contentVersion: 2,
      mode: 'full',
      profile: {},
      answers: {},
      notes: {},
      position: 'profile',
      setAside: { answers: {}, notes: {} },
    });
    expect(AssessmentSchema.safeParse(created).success).toBe(true);
  });

  it.each(['quick', 'full'] as const)('starts a %s assessment when asked (#13)', (mode) => {
    const created = createAssessment(
      { name: 'A', organization: 'B', contentVersion: 1, mode },
      later,
    );
    expect(created.mode).toBe(mode);
  });

  it('gives each new assessment a different random id', () => {
    const input = { name: 'A', organization: 'B', assessor: 'C', contentVersion: 1 };
    expect(createAssessment(input, later).id).not.toBe(createAssessment(input, later).id);
  });
});

describe('withMode (#13)', () => {
  it('continues a quick scan into the full assessment, keeping every answer and note', () => {
    const quick = deepFreeze(makeAssessment({ mode: 'quick' }));
    const full = withMode(quick, 'full', later);
    expect(full).toEqual({ ...quick, mode: 'full', updatedAt: later.toISOString() });
  });

  it('returns the same assessment when the mode does not change', () => {
    expect(withMode(base, 'full', later)).toBe(base);
  });
});

describe('createId', () => {
  it('falls back to 32 hex digits where randomUUID is missing', () => {
    // An own property shadows Crypto.prototype.randomUUID; deleting it brings the real one back.
    Object.defineProperty(globalThis.crypto, 'randomUUID', {
      value: undefined,
      configurable: true,
    });
    try {
      expect(createId()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(createId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

describe('assessment transforms', () => {
  it('cuts labels to the maximum length', () => {
    expect(toLabel(` ${'x'.repeat(MAX_LABEL_LENGTH + 5)} `)).toHaveLength(MAX_LABEL_LENGTH);
  });

  it.each([
    ['sets an answer', withAnswer(base, 'q-new', 2, later).answers['q-new'], 2],
    [
      'clears an answer',
      withAnswer(base, 'q-plain', undefined, later).answers['q-plain'],
      undefined,
    ],
    ['sets a note', withNote(base, 'q-na', 'why', later).notes['q-na'], 'why'],
    ['removes a blank note', withNote(base, 'q-plain', '  ', later).notes['q-plain'], undefined],
    [
      'cuts a long note',
      withNote(base, 'q-na', 'x'.repeat(MAX_NOTE_LENGTH + 1), later).notes['q-na']?.length,
      MAX_NOTE_LENGTH,
    ],
    [
      'sets a profile answer',
      withProfileAnswer(base, 'sector', 'retail', later).profile['sector'],
      'retail',
    ],
    [
      'removes an empty profile answer',
      withProfileAnswer(base, 'company-size', '', later).profile['company-size'],
      undefined,
    ],
    [
      'removes an empty profile choice',
      withProfileAnswer(base, 'channels', [], later).profile['channels'],
      undefined,
    ],
  ])('%s without touching the original', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('stamps updatedAt on every edit', () => {
    for (const edited of [
      withAnswer(base, 'q-plain', 1, later),
      withNote(base, 'q-plain', 'n', later),
      withProfileAnswer(base, 'sector', 'retail', later),
      withDetails(base, {}, later),
    ]) {
      expect(edited.updatedAt).toBe('2025-04-01T10:00:00.000Z');
    }
  });

  it('changes only the details given, trimmed', () => {
    expect(withDetails(base, { name: ' New ' }, later)).toMatchObject({
      name: 'New',
      organization: base.organization,
    });
    expect(withDetails(base, { organization: 'Org', assessor: ' Bo ' }, later)).toMatchObject({
      organization: 'Org',
      assessor: 'Bo',
    });
  });

  it('records the position without touching updatedAt, and keeps the same object when unchanged', () => {
    expect(withPosition(base, 'review')).toBe(base);
    expect(withPosition(base, 'strategy')).toEqual({ ...base, position: 'strategy' });
  });

  it('duplicates under a new id and name with fresh timestamps, keeping the answers', () => {
    const copy = duplicateAssessment(base, ' Copy ', later, 'id-2');
    expect(copy).toEqual({
      ...base,
      id: 'id-2',
      name: 'Copy',
      createdAt: later.toISOString(),
      updatedAt: later.toISOString(),
    });
    expect(duplicateAssessment(base, 'Copy', later).id).not.toBe(base.id);
  });
});

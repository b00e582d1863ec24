import { describe, expect, it } from 'vitest';
import { WorkshopSchema } from '~/domain/schemas/workshop-file';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import {
  WORKSHOP_FILE_FAILURES,
  findWorkshopProblem,
  serializeWorkshopFile,
  tryParseWorkshopFile,
  type WorkshopFileFailure,
} from '~/domain/workshop/workshop-backup';
import { serializeFile } from '~/domain/workshop/workshop-files';
import type { Workshop } from '~/domain/workshop/workshop';
import { ANA, BEN, deepFreeze, makeSubmission, makeWorkshop } from './submission-helpers';

/** A workshop with two submissions and an agreed answer, frozen. */
const workshop: Workshop = deepFreeze({
  ...makeWorkshop(),
  submissions: [makeSubmission(), makeSubmission({ participantId: BEN, role: 'sales' })],
  agreed: { 'q-plain': { value: 2, note: 'Agreed after a long debate.' } },
  showIndividual: true,
});

describe('the workshop file', () => {
  it('round-trips the whole workshop', () => {
    const text = serializeWorkshopFile(workshop);
    expect(JSON.parse(text)).toEqual({
      format: 'crm-readiness/workshop',
      schemaVersion: 1,
      workshop,
    });
    expect(tryParseWorkshopFile(text)).toEqual({ ok: true, workshop });
  });

  it('is pretty-printed JSON with a final newline', () => {
    expect(serializeFile({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

/** The workshop file with one change made to its workshop. */
function edited(change: (workshop: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeWorkshopFile(workshop)) as { workshop: Record<string, unknown> };
  change(file.workshop);
  return JSON.stringify(file);
}

describe('tryParseWorkshopFile', () => {
  it.each<[string, WorkshopFileFailure, string]>([
    ['nothing', 'empty', ''],
    ['text over the byte cap', 'too-large', `"${'x'.repeat(MAX_TRANSFER_BYTES)}"`],
    ['a submission file', 'not-a-workshop', '{"format": "crm-readiness/workshop-submission"}'],
    ['a code', 'corrupt', 'CRMS1.abc'],
    ['a newer file', 'newer-version', '{"format": "crm-readiness/workshop", "schemaVersion": 3}'],
    ['a file with a bad date', 'corrupt', edited((w) => (w['date'] = '6 May 2025'))],
    [
      'a file with too many participants',
      'corrupt',
      edited(
        (w) =>
          (w['participants'] = Array.from({ length: 201 }, (_v, i) => ({
            id: `p${i}`,
            name: '',
            role: 'other',
          }))),
      ),
    ],
    [
      'a file whose agreed answer has no note',
      'corrupt',
      edited((w) => (w['agreed'] = { 'q-plain': { value: 2 } })),
    ],
  ])('refuses %s as %s', (_name, reason, text) => {
    expect(tryParseWorkshopFile(text)).toMatchObject({ ok: false, reason });
  });

  it('refuses a workshop that does not hold together, saying why', () => {
    const text = edited((w) => (w['submissions'] = [makeSubmission(), makeSubmission()]));
    expect(tryParseWorkshopFile(text)).toEqual({
      ok: false,
      reason: 'corrupt',
      detail: 'Submission 1 repeats a participant.',
    });
  });

  it('lists its failure reasons', () => {
    expect(WORKSHOP_FILE_FAILURES).toEqual([
      'empty',
      'too-large',
      'not-a-workshop',
      'corrupt',
      'newer-version',
    ]);
  });
});

describe('findWorkshopProblem', () => {
  const participants = workshop.participants;
  it.each<[string, Partial<Workshop>, string | null]>([
    ['a sound workshop', {}, null],
    ['no participants and no submissions', { participants: [], submissions: [] }, null],
    [
      'a repeated participant id',
      { participants: [...participants, { id: ANA, name: 'Ana 2', role: 'it' }] },
      `Participant id ${ANA} is used twice.`,
    ],
    [
      'a submission for another workshop',
      { submissions: [makeSubmission({ workshopId: 'w-2' })] },
      'Submission 0 is for another workshop.',
    ],
    [
      'a submission for another content version',
      { submissions: [makeSubmission({ contentVersion: 2 })] },
      'Submission 0 is for content version 2.',
    ],
    [
      'a submission from someone not invited',
      { submissions: [makeSubmission({ participantId: 'p-dan' })] },
      'Submission 0 is from someone not invited.',
    ],
    [
      'two submissions from one participant',
      { submissions: [makeSubmission(), makeSubmission()] },
      'Submission 1 repeats a participant.',
    ],
  ])('checks %s', (_name, overrides, problem) => {
    const candidate = { ...workshop, ...overrides };
    expect(WorkshopSchema.safeParse(candidate).success).toBe(true);
    expect(findWorkshopProblem(candidate)).toBe(problem);
  });
});

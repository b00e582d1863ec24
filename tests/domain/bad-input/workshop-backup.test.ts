/**
 * Bad input: the facilitator's workshop file opened to carry on a workshop (#8). Reading never
 * throws, refuses with a reason, and never pollutes; what it accepts is plain data that holds
 * together. Workshops that do not hold together: ../workshop/workshop-codes-files.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildExport } from '~/domain/assessment/parse-import';
import { WORKSHOP_FILE_FORMAT } from '~/domain/schemas/workshop-file';
import {
  encodeInvitationCode,
  serializeInvitationFile,
} from '~/domain/workshop/invitation-transfer';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import {
  WORKSHOP_FILE_FAILURES,
  buildWorkshopFile,
  findWorkshopProblem,
  tryParseWorkshopFile,
  type WorkshopFileFailure,
  type WorkshopFileRead,
} from '~/domain/workshop/workshop-backup';
import { makeAssessment } from '../assessment/helpers';
import { BEN, makeInvitation, makeSubmission, makeWorkshop } from '../workshop/submission-helpers';
import {
  describeAnyText,
  expectNoPollution,
  expectPlainData,
  expectRefusal,
  describeHostileEdits,
  describeHostileTexts,
  type Hostility,
} from './hostile-inputs';

/** The refusal each kind of hostile file gets. */
const REASON: Readonly<Record<Hostility, WorkshopFileFailure>> = {
  blank: 'empty',
  oversized: 'too-large',
  'not-json': 'corrupt',
  'not-ours': 'not-a-workshop',
  newer: 'newer-version',
  damaged: 'corrupt',
};

const workshop = {
  ...makeWorkshop(),
  submissions: [makeSubmission(), makeSubmission({ participantId: BEN, role: 'sales' as const })],
};
const file = buildWorkshopFile(workshop);

/** Reads a workshop file's text, checking that nothing was polluted. */
function read(text: string): WorkshopFileRead {
  const result = tryParseWorkshopFile(text);
  expectNoPollution();
  if (result.ok) {
    expectPlainData(result.workshop);
    expect(findWorkshopProblem(result.workshop)).toBeNull();
  }
  return result;
}

/** The file's JSON with the first `from` replaced by `to`. */
const edited = (from: string, to: string) => JSON.stringify(file).replace(from, to);

const campaign = {
  what: 'a workshop file',
  maxBytes: MAX_TRANSFER_BYTES,
  format: WORKSHOP_FILE_FORMAT,
  reasons: REASON,
  read,
};
describeHostileTexts(campaign);
describeHostileEdits({
  ...campaign,
  file,
  payloadKey: 'workshop',
  expectValid: (result) => expect(result).toEqual({ ok: true, workshop }),
});

describe('what a facilitator may open instead of the workshop file', () => {
  it.each<[string, () => Promise<string> | string, WorkshopFileFailure]>([
    ['an invitation file', () => serializeInvitationFile(makeInvitation()), 'not-a-workshop'],
    ['a submission file', () => serializeSubmissionFile(makeSubmission()), 'not-a-workshop'],
    [
      'an assessment file',
      () => JSON.stringify(buildExport(makeAssessment(), new Date(0))),
      'not-a-workshop',
    ],
    ['an invitation code', () => encodeInvitationCode(makeInvitation()), 'corrupt'],
    [
      'a workshop with participants as an object',
      () =>
        edited('"participants":[', '"participants":{"0":').replace(
          /\],"submissions"/,
          '},"submissions"',
        ),
      'corrupt',
    ],
    [
      'a workshop with a submission answer of 1e999',
      () => edited('"q-plain":3', '"q-plain":1e999'),
      'corrupt',
    ],
    [
      'a workshop with content version -1',
      () => edited('"contentVersion":1', '"contentVersion":-1'),
      'corrupt',
    ],
    [
      'a workshop whose participant is listed twice',
      () =>
        JSON.stringify(
          buildWorkshopFile({
            ...workshop,
            participants: [...workshop.participants, ...workshop.participants],
          }),
        ),
      'corrupt',
    ],
  ])('refuses %s as %s', async (_name, makeInput, reason) => {
    expectRefusal(read(await makeInput()), reason);
  });

  it('ignores agreed answers keyed __proto__, without polluting anything', () => {
    const text = edited('"agreed":{}', '"agreed":{"__proto__":{"polluted":{"value":1}}}');
    expect(read(text)).toEqual({ ok: true, workshop });
  });
});

describeAnyText({
  what: 'a workshop file',
  prefixes: ['CRMW1.', `{"format":"${WORKSHOP_FILE_FORMAT}",`, '{"schemaVersion":1,'],
  failures: WORKSHOP_FILE_FAILURES,
  read: tryParseWorkshopFile,
  message: (s, reason) => s.workshop.restoreErrors[reason],
});

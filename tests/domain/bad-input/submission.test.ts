/**
 * Bad input: a participant's submission the facilitator imports, pasted as a code or opened as a
 * file (#8). Importing never throws, refuses with a reason, never changes the workshop or the
 * content context passed in, and never pollutes. Generated and mutated submissions:
 * ../workshop/submission-import-properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildExport } from '~/domain/assessment/parse-import';
import { encodeShareCode } from '~/domain/assessment/share-code';
import {
  SUBMISSION_FAILURES,
  tryImportSubmission,
  type SubmissionFailure,
  type SubmissionImport,
} from '~/domain/workshop/import-submission';
import {
  encodeInvitationCode,
  serializeInvitationFile,
} from '~/domain/workshop/invitation-transfer';
import { SUBMISSION_FILE_FORMAT } from '~/domain/schemas/workshop-file';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { buildSubmissionFile } from '~/domain/workshop/submission-file';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import { makeAssessment } from '../assessment/helpers';
import {
  deepFreeze,
  importTime,
  makeInvitation,
  makeSubmission,
  makeWorkshop,
  tinyContext,
} from '../workshop/submission-helpers';
import {
  describeAnyText,
  expectNoPollution,
  expectPlainData,
  expectRefusal,
  describeHostileEdits,
  describeHostileTexts,
  packText,
  type Hostility,
} from './hostile-inputs';

/** The refusal each kind of hostile file gets. */
const FILE_REASON: Readonly<Record<Hostility, SubmissionFailure>> = {
  blank: 'empty',
  oversized: 'too-large',
  'not-json': 'corrupt',
  'not-ours': 'not-a-submission',
  newer: 'newer-version',
  damaged: 'corrupt',
};

/** The refusal of a well-formed code that unpacks to a hostile text: anything but a payload is damage. */
const CODE_REASON: Readonly<Record<Hostility, SubmissionFailure>> = {
  ...FILE_REASON,
  blank: 'corrupt',
  'not-ours': 'corrupt',
};

/** The workshop every import goes into, frozen (a mutation would throw) and kept to compare. */
const workshop = deepFreeze(makeWorkshop());
const before = structuredClone(workshop);
const submission = makeSubmission();
const file = buildSubmissionFile(submission);

/** Imports `input`, checking that neither the workshop nor the context changed. */
async function importInput(input: string): Promise<SubmissionImport> {
  const context = structuredClone(tinyContext);
  const result = await tryImportSubmission(workshop, input, tinyContext, importTime);
  expect(workshop).toEqual(before);
  expect(tinyContext).toEqual(context);
  expectNoPollution();
  if (result.ok) expectPlainData(result.workshop);
  return result;
}

const campaign = {
  what: 'a submission file',
  maxBytes: MAX_TRANSFER_BYTES,
  format: SUBMISSION_FILE_FORMAT,
  reasons: FILE_REASON,
  read: importInput,
};
describeHostileTexts(campaign);
describeHostileEdits({
  ...campaign,
  file,
  payloadKey: 'submission',
  expectValid: (result) => expect(result).toMatchObject({ ok: true, submission }),
});
describeHostileTexts({
  ...campaign,
  what: 'a submission code',
  reasons: CODE_REASON,
  read: async (text) => importInput(`CRMS1.${await packText(text)}`),
});

describe('what a facilitator may paste instead of a submission', () => {
  const exported = buildExport(makeAssessment(), new Date(0));
  it.each<[string, () => Promise<string> | string, SubmissionFailure]>([
    ['an invitation code', () => encodeInvitationCode(makeInvitation()), 'not-a-submission'],
    ['an invitation file', () => serializeInvitationFile(makeInvitation()), 'not-a-submission'],
    ['the workshop file itself', () => serializeWorkshopFile(workshop), 'not-a-submission'],
    ['an assessment file', () => JSON.stringify(exported), 'not-a-submission'],
    ['an assessment share code', () => encodeShareCode(exported), 'corrupt'],
    [
      'a submission code in lower case',
      async () => (await encodeSubmissionCode(submission, tinyContext.questionIds)).toLowerCase(),
      'corrupt',
    ],
    [
      'a submission code cut short',
      async () => (await encodeSubmissionCode(submission, tinyContext.questionIds)).slice(0, 12),
      'corrupt',
    ],
    [
      'a submission code from shape version 2',
      async () =>
        (await encodeSubmissionCode(submission, tinyContext.questionIds)).replace(
          'CRMS1.',
          'CRMS2.',
        ),
      'newer-version',
    ],
    [
      'a submission code for other questions',
      () => encodeSubmissionCode(submission, ['a', 'b']),
      'other-content-version',
    ],
    [
      'a submission with an answer of 1e999',
      () => JSON.stringify(file).replace('"q-plain":3', '"q-plain":1e999'),
      'corrupt',
    ],
    [
      'a submission with a negative answer',
      () => JSON.stringify(file).replace('"q-plain":3', '"q-plain":-1'),
      'corrupt',
    ],
    [
      'a submission with an answer as text',
      () => JSON.stringify(file).replace('"q-plain":3', '"q-plain":"3"'),
      'corrupt',
    ],
    [
      'a submission with content version 1e999',
      () => JSON.stringify(file).replace('"contentVersion":1', '"contentVersion":1e999'),
      'corrupt',
    ],
    [
      'a submission from participant __proto__',
      () => JSON.stringify(buildSubmissionFile(makeSubmission({ participantId: '__proto__' }))),
      'unknown-participant',
    ],
    [
      'a submission from participant constructor',
      () => JSON.stringify(buildSubmissionFile(makeSubmission({ participantId: 'constructor' }))),
      'unknown-participant',
    ],
  ])('refuses %s as %s', async (_name, makeInput, reason) => {
    expectRefusal(await importInput(await makeInput()), reason);
  });

  it('drops answers to __proto__, constructor and toString, without polluting anything', async () => {
    const text = JSON.stringify(file).replace(
      '"answers":{',
      '"answers":{"__proto__":{"polluted":1},"constructor":2,"toString":3,',
    );
    expect(await importInput(text)).toMatchObject({
      ok: true,
      submission: { answers: submission.answers },
      droppedQuestionIds: ['constructor', 'toString'],
    });
  });
});

// importInput also checks that the workshop and the content context are left as they were.
describeAnyText({
  what: 'a submission',
  prefixes: ['CRMS1.', 'CRMW1.', 'CRM', `{"format":"${SUBMISSION_FILE_FORMAT}",`],
  failures: SUBMISSION_FAILURES,
  read: importInput,
  message: (s, reason) => s.workshop.importErrors[reason],
});

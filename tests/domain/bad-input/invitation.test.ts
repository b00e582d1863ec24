/**
 * Bad input: a workshop invitation a participant pastes (a code) or opens (a file) (#8). Reading
 * never throws, refuses with a reason, and never pollutes; what it accepts is plain data.
 * Cases for each reason one by one: ../workshop/invitation-transfer.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildExport } from '~/domain/assessment/parse-import';
import {
  INVITATION_FAILURES,
  buildInvitationFile,
  encodeInvitationCode,
  tryParseInvitation,
  type InvitationFailure,
  type InvitationRead,
} from '~/domain/workshop/invitation-transfer';
import { INVITATION_FILE_FORMAT } from '~/domain/schemas/workshop-file';
import { encodeShareCode } from '~/domain/assessment/share-code';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import { makeAssessment } from '../assessment/helpers';
import {
  makeInvitation,
  makeSubmission,
  makeWorkshop,
  tinyQuestionIds,
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
const FILE_REASON: Readonly<Record<Hostility, InvitationFailure>> = {
  blank: 'empty',
  oversized: 'too-large',
  'not-json': 'corrupt',
  'not-ours': 'not-an-invitation',
  newer: 'newer-version',
  damaged: 'corrupt',
};

/**
 * The refusal of a well-formed code that unpacks to a hostile text: a code carries the
 * invitation bare, with no format tag, so anything but an invitation is damage.
 */
const CODE_REASON: Readonly<Record<Hostility, InvitationFailure>> = {
  ...FILE_REASON,
  blank: 'corrupt',
  'not-ours': 'corrupt',
};

const invitation = makeInvitation();
const file = buildInvitationFile(invitation);

/** Reads what a participant pasted, checking that nothing was polluted. */
async function read(input: string): Promise<InvitationRead> {
  const result = await tryParseInvitation(input);
  expectNoPollution();
  if (result.ok) expectPlainData(result.invitation);
  return result;
}

const campaign = {
  what: 'an invitation file',
  maxBytes: MAX_TRANSFER_BYTES,
  format: INVITATION_FILE_FORMAT,
  reasons: FILE_REASON,
  read,
};
describeHostileTexts(campaign);
describeHostileEdits({
  ...campaign,
  file,
  payloadKey: 'invitation',
  expectValid: (result) => expect(result).toEqual({ ok: true, invitation }),
});
describeHostileTexts({
  ...campaign,
  what: 'an invitation code',
  reasons: CODE_REASON,
  read: async (text) => read(`CRMW1.${await packText(text)}`),
});

describe('an invitation code with extra keys', () => {
  it.each<[string, string]>([
    ['an extra __proto__ key', '{"__proto__":{"polluted":true},'],
    ['an extra constructor key', '{"constructor":{"prototype":{"polluted":true}},'],
  ])('reads an invitation with %s, ignoring it', async (_name, extra) => {
    const text = JSON.stringify(invitation).replace('{', extra);
    expect(await read(`CRMW1.${await packText(text)}`)).toEqual({ ok: true, invitation });
  });
});

describe('what a participant may paste instead of an invitation', () => {
  it.each<[string, () => Promise<string> | string, InvitationFailure]>([
    [
      'a submission code',
      () => encodeSubmissionCode(makeSubmission(), tinyQuestionIds),
      'not-an-invitation',
    ],
    ['a submission file', () => serializeSubmissionFile(makeSubmission()), 'not-an-invitation'],
    [
      'the facilitator’s workshop file',
      () => serializeWorkshopFile(makeWorkshop()),
      'not-an-invitation',
    ],
    [
      'an assessment file',
      () => JSON.stringify(buildExport(makeAssessment(), new Date(0))),
      'not-an-invitation',
    ],
    [
      'an assessment share code',
      () => encodeShareCode(buildExport(makeAssessment(), new Date(0))),
      'corrupt',
    ],
    [
      'a share link',
      async () =>
        `https://crm.example/assessments/#share=${await encodeShareCode(buildExport(makeAssessment(), new Date(0)))}`,
      'corrupt',
    ],
    [
      'an invitation code in lower case',
      async () => (await encodeInvitationCode(invitation)).toLowerCase(),
      'corrupt',
    ],
    [
      'an invitation code with text after it',
      async () => `${await encodeInvitationCode(invitation)} Thanks, Marta`,
      'corrupt',
    ],
    [
      'an invitation code with padding',
      async () => `${await encodeInvitationCode(invitation)}==`,
      'corrupt',
    ],
    [
      'an invitation code from shape version 99999',
      async () => (await encodeInvitationCode(invitation)).replace('CRMW1.', 'CRMW99999.'),
      'corrupt',
    ],
    [
      'an invitation code with an exponent version',
      async () => (await encodeInvitationCode(invitation)).replace('CRMW1.', 'CRMW1e3.'),
      'corrupt',
    ],
    [
      'an invitation code from shape version 9999',
      async () => (await encodeInvitationCode(invitation)).replace('CRMW1.', 'CRMW9999.'),
      'newer-version',
    ],
    [
      'an invitation code made of 1 MB of letters',
      () => `CRMW1.${'A'.repeat(MAX_TRANSFER_BYTES)}`,
      'too-large',
    ],
  ])('refuses %s as %s', async (_name, makeInput, reason) => {
    expectRefusal(await read(await makeInput()), reason);
  });
});

describeAnyText({
  what: 'an invitation',
  prefixes: ['CRMW1.', 'CRMS1.', 'CRM', `{"format":"${INVITATION_FILE_FORMAT}",`],
  failures: INVITATION_FAILURES,
  read: tryParseInvitation,
  message: (s, reason) => s.join.invitationErrors[reason],
});

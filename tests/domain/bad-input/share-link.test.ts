/**
 * Bad input: a share link opened in the browser (#8). The fragment can hold anything: a damaged
 * code, another kind of code, or a well-packed code of a hostile file. Reading it never throws,
 * refuses with a reason the message table names, and leaves the content context as it was.
 * Code-level damage (padding, bad lengths, bombs): ../assessment/share-code.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, buildExport } from '~/domain/assessment/parse-import';
import {
  SHARE_CODE_FAILURES,
  decodeShareCode,
  encodeShareCode,
  getShareCodeFromHash,
  type ShareCodeFailure,
} from '~/domain/assessment/share-code';
import { ASSESSMENT_EXPORT_FORMAT } from '~/domain/schemas/assessment-file';
import { encodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { makeAssessment, tinyContext } from '../assessment/helpers';
import { makeInvitation, makeSubmission, tinyQuestionIds } from '../workshop/submission-helpers';
import {
  describeAnyText,
  expectNoPollution,
  expectPlainData,
  expectRefusal,
  describeHostileEdits,
  describeHostileTexts,
  packBytes,
  packText,
  type Hostility,
} from './hostile-inputs';

/** The refusal each kind of hostile file gets when it arrives packed in a link. */
const REASON: Readonly<Record<Hostility, ShareCodeFailure>> = {
  blank: 'empty',
  oversized: 'too-large',
  'not-json': 'not-json',
  'not-ours': 'not-assessment',
  newer: 'newer-version',
  damaged: 'invalid',
};

const assessment = makeAssessment();
const file = buildExport(assessment, new Date('2025-03-14T16:10:00.000Z'));

/** Opens a link whose fragment is `hash`, checking the context is left as it was. */
async function open(hash: string) {
  const code = getShareCodeFromHash(hash);
  if (code === null) return null;
  const before = structuredClone(tinyContext);
  const result = await decodeShareCode(code, tinyContext);
  expect(tinyContext).toEqual(before);
  expectNoPollution();
  if (result.ok) expectPlainData(result.assessment);
  return result;
}

const campaign = {
  what: 'a share link carrying a file',
  maxBytes: MAX_IMPORT_BYTES,
  format: ASSESSMENT_EXPORT_FORMAT,
  reasons: REASON,
  read: async (text: string) => (await open(`#share=${await packText(text)}`)) ?? { ok: true },
};
describeHostileTexts(campaign);
describeHostileEdits({
  ...campaign,
  file,
  payloadKey: 'assessment',
  expectValid: (result) => expect(result).toMatchObject({ ok: true, assessment }),
});

describe('a share link that is damaged or of another kind', () => {
  it.each<[string, () => Promise<string> | string, ShareCodeFailure]>([
    [
      'a workshop invitation code',
      async () => encodeInvitationCode(makeInvitation()),
      'corrupt-link',
    ],
    [
      'the body of an invitation code, without its prefix',
      async () => (await encodeInvitationCode(makeInvitation())).slice('CRMW1.'.length),
      'not-assessment',
    ],
    [
      'the body of a submission code, without its prefix',
      async () => (await encodeSubmissionCode(makeSubmission(), tinyQuestionIds)).slice(6),
      'not-assessment',
    ],
    [
      'a code percent-encoded by a mail program',
      async () => `${(await encodeShareCode(file)).slice(0, 20)}%2D%5F`,
      'corrupt-link',
    ],
    [
      'a code with a space inside',
      async () => (await encodeShareCode(file)).replace(/^(.{10})/, '$1 '),
      'corrupt-link',
    ],
    [
      'a code that unpacks to invalid UTF-8',
      () => packBytes(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])),
      'corrupt-link',
    ],
    ['a code that unpacks to a NUL byte', () => packBytes(new Uint8Array([0])), 'not-json'],
    [
      'a code that unpacks to UTF-16',
      () => packBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])),
      'corrupt-link',
    ],
  ])('refuses %s as %s', async (_name, makeCode, reason) => {
    expectRefusal((await open(`#share=${await makeCode()}`)) ?? { ok: true }, reason);
  });
});

describe('reading the share code from a fragment', () => {
  it.each<[string, string | null]>([
    ['#share=   ', null],
    ['#SHARE=abc', null],
    ['#shared=abc', null],
    ['#share=abc&share=def', 'abc'],
    ['#share=%41%42', '%41%42'],
    ['##share=abc', null],
    [`#share=${'A'.repeat(300_000)}`, 'A'.repeat(300_000)],
  ])('reads %j as %j', (hash, code) => {
    expect(getShareCodeFromHash(hash)).toBe(code);
  });

  it('refuses a fragment longer than any share code as too large, before unpacking it', async () => {
    expectRefusal((await open(`#share=${'A'.repeat(300_000)}`)) ?? { ok: true }, 'too-large');
  });
});

describeAnyText({
  what: 'a link’s fragment',
  prefixes: ['#share=', 'share=', '#share=q1Yq', '#lang=es&share='],
  failures: SHARE_CODE_FAILURES,
  read: open,
  message: (s, reason) => s.assessments.importErrors[reason],
});

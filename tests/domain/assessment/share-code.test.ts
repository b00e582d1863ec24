import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '~/domain/assessment/base64url';
import { MAX_IMPORT_BYTES, buildExport } from '~/domain/assessment/parse-import';
import {
  MAX_SHARE_CODE_LENGTH,
  SHARE_CODE_FAILURES,
  decodeShareCode,
  encodeShareCode,
  getShareCodeFromHash,
  toShareHash,
  type ShareCodeFailure,
} from '~/domain/assessment/share-code';
import type { AnswerValue } from '~/domain/scoring/model';
import { makeAssessment, tinyContext } from './helpers';
import { realContext, realQuestionnaire } from './real-content';

const now = new Date('2025-03-14T16:10:00.000Z');

/** Raw-deflates bytes the way a share code does, to craft links by hand. */
async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A share code for any text, valid or not. */
async function codeFor(text: string): Promise<string> {
  return toBase64Url(await deflate(new TextEncoder().encode(text)));
}

/** Nineteen different notes, as a workshop would write them (English and Spanish). */
const NOTES = [
  'The managing director backs the project but has not named a sponsor yet.',
  'Sales and service keep separate customer lists; nobody reconciles them.',
  'Quotes are built in Excel and emailed from personal mailboxes.',
  'Commission is paid on invoiced sales only, so nobody logs visits.',
  'Consent is recorded for the newsletter only, not for phone campaigns.',
  'Duplicates between the web shop and the ERP: about 15 % of accounts.',
  'Revisar con dirección financiera antes de junio.',
  'The distributor network refuses to share end-customer data.',
  'No baseline yet for churn; finance can pull two years of invoices.',
  'Los comerciales usan WhatsApp con clientes: hay que decidir qué se registra.',
  'IT is two people and an outside agency; integration budget unclear.',
  'Complaints arrive by email and phone and are not categorised.',
  'Training plan exists for the ERP roll-out; could be reused.',
  'Marketing wants segmentation by margin, sales by volume.',
  'The partner proposed a fixed-price contract without a change process.',
  'Weekly sales meeting could review pipeline KPIs once defined.',
  'Access rights are shared logins today.',
  'La dirección quiere ver resultados en seis meses.',
  'Two pilot users volunteered from the Valencia branch.',
];

/** Every real question answered, a third of them with a note of one or two sentences. */
function fullRealAssessment() {
  const values: AnswerValue[] = [0, 1, 2, 3, 4, 'dont-know'];
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string> = {};
  realQuestionnaire.questions.forEach((question, i) => {
    answers[question.id] =
      question.notApplicable && i % 2 === 0 ? 'not-applicable' : (values[i % 6] as AnswerValue);
    const note = NOTES[i / 3];
    if (note !== undefined) notes[question.id] = note;
  });
  return makeAssessment({
    profile: {
      'company-size': 'medium',
      sector: 'manufacturing',
      'crm-situation': 'spreadsheets',
      channels: ['sales-force', 'internet'],
    },
    answers,
    notes,
    // Answered against the questionnaire this site has, so restoring it changes nothing.
    contentVersion: realContext.contentVersion,
  });
}

describe('share codes', () => {
  it('decode to the same assessment (round trip)', async () => {
    const code = await encodeShareCode(buildExport(makeAssessment(), now));
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShareCode(code, tinyContext)).toMatchObject({
      ok: true,
      assessment: makeAssessment(),
    });
  });

  it('stay under 4 000 characters for all 60 real questions answered, with notes', async () => {
    const assessment = fullRealAssessment();
    expect(Object.keys(assessment.answers)).toHaveLength(60);
    const code = await encodeShareCode(buildExport(assessment, now));
    console.info(
      `share code for 60 answers and ${Object.keys(assessment.notes).length} notes: ${code.length} characters`,
    );
    expect(code.length).toBeLessThan(4000);
    expect(await decodeShareCode(code, realContext)).toEqual({
      ok: true,
      assessment,
      report: expect.anything() as unknown,
    });
  });

  it.each<[string, () => Promise<string> | string, ShareCodeFailure]>([
    ['an empty code', () => '', 'empty'],
    ['a code over the length cap', () => 'A'.repeat(MAX_SHARE_CODE_LENGTH + 1), 'too-large'],
    ['characters outside base64url', () => 'abc+/def', 'corrupt-link'],
    ['padding', () => 'AAAA==', 'corrupt-link'],
    ['an impossible length', () => 'AAAAA', 'corrupt-link'],
    ['bytes that are not deflate data', () => 'ffff', 'corrupt-link'],
    [
      'a truncated code',
      async () => (await encodeShareCode(buildExport(makeAssessment(), now))).slice(0, 40),
      'corrupt-link',
    ],
    [
      'inflated bytes that are not UTF-8',
      async () => toBase64Url(await deflate(new Uint8Array([0xff, 0xfe, 0x80]))),
      'corrupt-link',
    ],
    ['a compression bomb', async () => codeFor(' '.repeat(MAX_IMPORT_BYTES + 1)), 'too-large'],
    ['text that is not JSON', () => codeFor('hello'), 'not-json'],
    ['another app’s JSON', () => codeFor('{"a": 1}'), 'not-assessment'],
    [
      'a file from a newer version',
      () => codeFor(JSON.stringify({ ...buildExport(makeAssessment(), now), schemaVersion: 9 })),
      'newer-version',
    ],
    [
      'a file with wrong fields',
      () => codeFor(JSON.stringify({ ...buildExport(makeAssessment(), now), exportedAt: 1 })),
      'invalid',
    ],
    ['blank text', () => codeFor('   '), 'empty'],
  ])('refuse %s', async (_name, makeCode, reason) => {
    expect(await decodeShareCode(await makeCode(), tinyContext)).toMatchObject({
      ok: false,
      reason,
    });
  });

  it('stop reading a compression bomb at the cap: 10 MB of spaces is a short code', async () => {
    const code = await codeFor(' '.repeat(10 * MAX_IMPORT_BYTES));
    expect(code.length).toBeLessThan(20_000);
    expect(await decodeShareCode(code, tinyContext)).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('list their failure reasons: an import’s, plus a damaged link', () => {
    expect(SHARE_CODE_FAILURES).toEqual([
      'empty',
      'too-large',
      'not-json',
      'not-assessment',
      'plan-file',
      'workshop-file',
      'newer-version',
      'invalid',
      'corrupt-link',
    ]);
  });
});

describe('share hashes', () => {
  it.each<[string, string | null]>([
    ['#share=abc-_09', 'abc-_09'],
    ['share=abc', 'abc'],
    ['#lang=es&share=abc', 'abc'],
    ['#share=abc&lang=es', 'abc'],
    ['#share=', null],
    ['#', null],
    ['', null],
    ['#other=abc', null],
  ])('read %j as %j', (hash, code) => {
    expect(getShareCodeFromHash(hash)).toBe(code);
  });

  it('round-trip a code through toShareHash', () => {
    expect(toShareHash('abc')).toBe('#share=abc');
    expect(getShareCodeFromHash(toShareHash('abc'))).toBe('abc');
  });
});

describe('base64url', () => {
  it.each<[number[], string]>([
    [[], ''],
    [[0xff], '_w'],
    [[0xfb, 0xff], '-_8'],
    [[0, 1, 2], 'AAEC'],
    [[104, 105, 33, 63], 'aGkhPw'],
  ])('encodes %j as %j and back', (bytes, text) => {
    expect(toBase64Url(new Uint8Array(bytes))).toBe(text);
    expect(Array.from(fromBase64Url(text) ?? [])).toEqual(bytes);
  });

  it('matches Node’s own base64url for random bytes', () => {
    for (let length = 0; length < 64; length += 1) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const text = Buffer.from(bytes).toString('base64url');
      expect(toBase64Url(bytes)).toBe(text);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });
});

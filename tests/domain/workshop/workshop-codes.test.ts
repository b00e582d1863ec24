import { describe, expect, it } from 'vitest';
import { toBase64Url } from '~/domain/assessment/base64url';
import type { AnswerValue } from '~/domain/scoring/model';
import { SubmissionCodePayloadSchema } from '~/domain/schemas/workshop-file';
import {
  buildInvitation,
  buildSubmission,
  createWorkshop,
} from '~/domain/workshop/create-workshop';
import { tryImportSubmission } from '~/domain/workshop/import-submission';
import { encodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import {
  decodeSubmissionCode,
  encodeSubmissionCode,
  fromSubmissionCodePayload,
  getQuestionKey,
  readSubmissionCode,
  sortQuestionIds,
  toSubmissionCodePayload,
} from '~/domain/workshop/submission-code';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import { getCodePrefix, packCode, unpackCode } from '~/domain/workshop/workshop-codes';
import type { Invitation, Submission } from '~/domain/workshop/workshop';
import { realQuestionnaire } from '../assessment/real-content';
import {
  deepFreeze,
  importTime,
  makeSubmission,
  tinyContext,
  tinyQuestionIds,
} from './submission-helpers';

/** Raw-deflates text the way a code does, to craft codes by hand. */
async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A code of any prefix for any text, valid or not. */
async function codeFor(prefix: string, text: string): Promise<string> {
  return `${prefix}${toBase64Url(await deflate(text))}`;
}

describe('code prefixes', () => {
  it('name the kind and the shape version', () => {
    expect(getCodePrefix('invitation')).toBe('CRMW1.');
    expect(getCodePrefix('submission')).toBe('CRMS1.');
  });

  it('round-trip any JSON value through packCode and unpackCode', async () => {
    const value = { a: [1, 'é', null], b: '日本' };
    expect(await unpackCode(await packCode('submission', value), 'submission')).toEqual({
      ok: true,
      value,
    });
  });

  it.each<[string, string, () => Promise<string> | string]>([
    [
      'a compression bomb',
      'too-large',
      () => codeFor('CRMS1.', ' '.repeat(MAX_TRANSFER_BYTES + 1)),
    ],
    ['bytes that are not deflate data', 'corrupt', () => 'CRMS1.ffff'],
    [
      'inflated bytes that are not UTF-8',
      'corrupt',
      async () => `CRMS1.${toBase64Url(await deflateBytes([0xff, 0xfe]))}`,
    ],
    ['inflated text that is not JSON', 'corrupt', () => codeFor('CRMS1.', 'hello')],
    ['an impossible base64 length', 'corrupt', () => 'CRMS1.AAAAA'],
    ['a lowercase prefix', 'corrupt', () => 'crms1.AAAA'],
    ['a version with five digits', 'corrupt', () => 'CRMS10000.AAAA'],
    ['a newer version', 'newer-version', () => 'CRMS9999.AAAA'],
    ['an invitation', 'wrong-kind', () => 'CRMW1.AAAA'],
  ])('refuse %s as %s', async (_name, reason, makeCode) => {
    expect(await unpackCode(await makeCode(), 'submission')).toMatchObject({ ok: false, reason });
  });

  it('stop reading a compression bomb at the cap: 10 MB of spaces is a short code', async () => {
    const bomb = await codeFor('CRMS1.', ' '.repeat(10 * MAX_TRANSFER_BYTES));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await readSubmissionCode(bomb)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

async function deflateBytes(bytes: number[]): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('submission code payloads', () => {
  it('write one character per sorted question id, and a fingerprint of the list', () => {
    const submission = makeSubmission({
      answers: { 'q-plain': 0, 'q-crit': 4, 'q-na': 'dont-know' },
    });
    expect(toSubmissionCodePayload(submission, tinyQuestionIds)).toEqual({
      w: submission.workshopId,
      v: 1,
      p: submission.participantId,
      r: 'executive',
      t: submission.submittedAt,
      k: getQuestionKey(tinyQuestionIds),
      a: '4d0',
    });
  });

  it('mark unanswered questions with a dash, and carry answers to other questions by id', () => {
    const submission = makeSubmission({
      answers: { 'q-na': 'not-applicable', zeta: 2, alpha: 'dont-know' },
    });
    const payload = toSubmissionCodePayload(submission, tinyQuestionIds);
    expect(payload).toMatchObject({ a: '-n-', x: { zeta: 2, alpha: 'dont-know' } });
    expect(SubmissionCodePayloadSchema.safeParse(payload).success).toBe(true);
    expect(fromSubmissionCodePayload(payload, tinyQuestionIds)).toEqual({ ok: true, submission });
  });

  it('refuse an answer given both by position and by id', () => {
    const payload = {
      ...toSubmissionCodePayload(makeSubmission(), tinyQuestionIds),
      x: { 'q-na': 1 as const },
    };
    expect(fromSubmissionCodePayload(payload, tinyQuestionIds)).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
  });

  it.each<[string, readonly string[]]>([
    ['another question list', ['q-crit', 'q-na', 'q-new']],
    ['a shorter list', ['q-crit', 'q-na']],
    ['no questions', []],
  ])('refuse to decode against %s', (_name, ids) => {
    const payload = toSubmissionCodePayload(makeSubmission(), tinyQuestionIds);
    expect(fromSubmissionCodePayload(payload, ids)).toMatchObject({
      ok: false,
      reason: 'other-content-version',
    });
  });

  it('refuse a fingerprint that matches but an answer string of the wrong length', () => {
    const payload = { ...toSubmissionCodePayload(makeSubmission(), tinyQuestionIds), a: '33' };
    expect(fromSubmissionCodePayload(payload, tinyQuestionIds)).toMatchObject({
      ok: false,
      reason: 'other-content-version',
    });
  });

  it('sort question ids by code unit, without repeats or __proto__', () => {
    expect(
      sortQuestionIds(new Set(['b', 'a', 'B', '__proto__'])).concat(sortQuestionIds(['c', 'c'])),
    ).toEqual(['B', 'a', 'b', 'c']);
  });

  it('fingerprint id lists with FNV-1a, telling order and boundaries apart', () => {
    expect(getQuestionKey([])).toBe('811c9dc5');
    expect(getQuestionKey(['a'])).toMatch(/^[0-9a-f]{8}$/);
    expect(getQuestionKey(['ab', 'c'])).not.toBe(getQuestionKey(['a', 'bc']));
    expect(getQuestionKey(['a', 'b'])).not.toBe(getQuestionKey(['b', 'a']));
    // Codes already handed out depend on this value: it must never change.
    expect(getQuestionKey(['strategy-executive-sponsor'])).toBe('398df96a');
  });

  it('decode to the same submission (round trip), with the question ids in any order', async () => {
    const submission = deepFreeze(makeSubmission());
    const code = await encodeSubmissionCode(submission, ['q-plain', 'q-na', 'q-crit']);
    expect(code.startsWith('CRMS1.')).toBe(true);
    expect(await decodeSubmissionCode(code, new Set(tinyQuestionIds))).toEqual({
      ok: true,
      submission,
    });
  });

  it('refuse a payload with wrong fields, naming them', async () => {
    const code = await codeFor(
      'CRMS1.',
      JSON.stringify({ w: 'w', v: 1, p: 'p', r: 'ceo', t: 'now', k: 'x', a: '' }),
    );
    expect(await decodeSubmissionCode(code, tinyQuestionIds)).toEqual({
      ok: false,
      reason: 'corrupt',
      detail:
        'r: expected "executive", "sales", "marketing", "service", "it", "finance", "operations", "other"; t: expected a valid datetime; k: expected a valid regex',
    });
  });
});

/** Every real question answered (N/A where allowed on every other one), plus `extra` made-up ids. */
function fullSubmission(
  invitation: Invitation,
  extra: number,
): { submission: Submission; questionIds: string[] } {
  const values: AnswerValue[] = [0, 1, 2, 3, 4, 'dont-know'];
  const questionIds = realQuestionnaire.questions.map((q) => q.id);
  for (let i = 0; i < extra; i += 1) questionIds.push(`organization-extra-question-number-${i}`);
  const notApplicable = new Set(
    realQuestionnaire.questions.filter((q) => q.notApplicable).map((q) => q.id),
  );
  const answers: Record<string, AnswerValue> = {};
  questionIds.forEach((id, i) => {
    answers[id] =
      notApplicable.has(id) && i % 2 === 0 ? 'not-applicable' : (values[i % 6] as AnswerValue);
  });
  return { submission: buildSubmission(invitation, answers, importTime), questionIds };
}

describe('code sizes with real ids', () => {
  const workshop = createWorkshop(
    {
      organization: 'Distribuciones Pérez & Hijos, S.L.',
      date: '2025-05-06',
      facilitator: 'Marta Fernández',
      contentVersion: 1,
      participants: [{ name: 'María José García-Villanueva', role: 'executive' }],
    },
    importTime,
  );
  const invitation = buildInvitation(workshop, workshop.participants[0]?.id ?? '') as Invitation;

  it('keep an invitation code with real UUIDs under 300 characters', async () => {
    const code = await encodeInvitationCode(invitation);
    console.info(`invitation code with UUIDs and long names: ${code.length} characters`);
    expect(code.length).toBeLessThan(300);
  });

  it.each([realQuestionnaire.questions.length, 70])(
    'keep a full %i-answer submission code under 1 000 characters',
    async (count) => {
      const { submission, questionIds } = fullSubmission(
        invitation,
        count - realQuestionnaire.questions.length,
      );
      expect(Object.keys(submission.answers)).toHaveLength(count);
      const code = await encodeSubmissionCode(submission, questionIds);
      const spelled = await packCode('submission', submission);
      const fileBytes = new TextEncoder().encode(serializeSubmissionFile(submission)).length;
      console.info(
        `${count} answers: code ${code.length} characters (ids spelled out: ${spelled.length}); file ${fileBytes} bytes`,
      );
      expect(code.length).toBeLessThan(1000);
      const context = {
        questionIds: new Set(questionIds),
        notApplicableAllowed: new Set(
          realQuestionnaire.questions.filter((q) => q.notApplicable).map((q) => q.id),
        ),
      };
      expect(await tryImportSubmission(workshop, code, context, importTime)).toMatchObject({
        ok: true,
        submission,
        droppedQuestionIds: [],
        clearedNotApplicableIds: [],
      });
    },
  );
});

describe('the tiny content context', () => {
  it('matches its sorted ids', () => {
    expect(sortQuestionIds(tinyContext.questionIds)).toEqual(tinyQuestionIds);
  });
});

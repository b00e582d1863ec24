/**
 * Property tests of the submission import path (#7): whatever code or file text arrives, importing
 * returns a result (never throws), a success is a clean submission added to a new workshop, a
 * refusal names a known reason, and the workshop passed in is never changed. Inputs are generated
 * submissions (some for another workshop, content version or participant, some duplicates), as
 * codes or files, then mutated: fields dropped or replaced, `__proto__` keys, huge strings, deep
 * nesting, truncations, flipped characters, swapped prefixes, and plain junk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '~/domain/assessment/base64url';
import type { AnswerValue } from '~/domain/scoring/model';
import { SubmissionSchema } from '~/domain/schemas/workshop-file';
import {
  SUBMISSION_FAILURES,
  tryImportSubmission,
  type SubmissionFailure,
  type SubmissionImport,
} from '~/domain/workshop/import-submission';
import { sortQuestionIds, toSubmissionCodePayload } from '~/domain/workshop/submission-code';
import { buildSubmissionFile } from '~/domain/workshop/submission-file';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import { ROLE_IDS, type Submission, type Workshop } from '~/domain/workshop/workshop';
import { createWorkshop } from '~/domain/workshop/create-workshop';
import { deepFreeze, idsOf, importTime } from './submission-helpers';
import { SLOW_TEST_MS } from '../../slow-test';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NEST = '@@nest@@';
const PROTO = '@@proto@@';

// ---- The workshop every import goes into ------------------------------------------------------

const QUESTION_IDS = ['q-a', 'q-b', 'q-crit', 'q-na', 'q-x'];
const context = {
  questionIds: new Set(QUESTION_IDS),
  notApplicableAllowed: new Set(['q-na', 'q-x']),
};
const PARTICIPANTS = ['p-0', 'p-1', 'p-2', 'p-3'];
/** p-3 has already handed in answers: importing theirs again is a duplicate. */
const DONE = 'p-3';

const workshop: Workshop = deepFreeze({
  ...createWorkshop(
    {
      organization: 'Pérez & Hijos',
      date: '2025-05-06',
      facilitator: 'Marta',
      contentVersion: 2,
      participants: [
        { name: 'Ana', role: 'executive' },
        { name: 'Ben', role: 'sales' },
        { name: 'Carla', role: 'it' },
        { name: 'Dan', role: 'finance' },
      ],
    },
    new Date('2025-05-01T08:00:00.000Z'),
    idsOf('w-main', ...PARTICIPANTS),
  ),
  submissions: [
    {
      workshopId: 'w-main',
      contentVersion: 2,
      participantId: DONE,
      role: 'finance',
      answers: { 'q-a': 1 },
      submittedAt: '2025-05-06T09:00:00.000Z',
    },
  ],
});
const snapshot = structuredClone(workshop);

// ---- Generated submissions --------------------------------------------------------------------

const answerValue = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'dont-know', 'not-applicable');
const timestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Mostly submissions for this workshop, sometimes for another, another version, or a stranger. */
const submissionArbitrary: fc.Arbitrary<Submission> = fc.record({
  workshopId: fc.oneof(
    { weight: 8, arbitrary: fc.constant('w-main') },
    { weight: 1, arbitrary: fc.constantFrom('w-other', 'W-MAIN', 'w-main ') },
  ),
  contentVersion: fc.oneof(
    { weight: 8, arbitrary: fc.constant(2) },
    { weight: 1, arbitrary: fc.constantFrom(1, 3, 40) },
  ),
  participantId: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('p-0', 'p-1', 'p-2') },
    { weight: 2, arbitrary: fc.constant(DONE) },
    { weight: 1, arbitrary: fc.constantFrom('p-9', 'constructor', '__proto__') },
  ),
  role: fc.constantFrom(...ROLE_IDS),
  answers: fc.dictionary(
    fc.constantFrom(...QUESTION_IDS, 'gone', 'retired-1', 'constructor', 'toString'),
    answerValue,
  ),
  submittedAt: timestamp,
});

/** Codes are usually made against the content's questions, sometimes against another list. */
const codeQuestionsArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.constant(QUESTION_IDS) },
  { weight: 1, arbitrary: fc.constantFrom(['q-a', 'q-b'], [...QUESTION_IDS, 'q-new'], []) },
);

/** The reason an unmutated submission must get (or `ok`), in the order the import checks. */
function expectedOutcome(
  submission: Submission,
  otherQuestions: boolean,
): SubmissionFailure | 'ok' {
  if (submission.workshopId !== 'w-main') return 'other-workshop';
  if (submission.contentVersion !== 2 || otherQuestions) return 'other-content-version';
  if (!PARTICIPANTS.includes(submission.participantId)) return 'unknown-participant';
  return submission.participantId === DONE ? 'duplicate' : 'ok';
}

// ---- Mutations of the JSON, before it becomes a code or a file --------------------------------

type Mutation =
  | {
      kind: 'drop' | 'nest' | 'proto' | 'huge' | 'replace' | 'rename';
      at: number;
      size: number;
      value: Json;
      key: string;
    }
  | { kind: 'version'; value: Json }
  | { kind: 'format'; value: Json }
  | { kind: 'answers-proto'; value: Json };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom('drop', 'nest', 'proto', 'replace', 'replace', 'rename'),
      at: fc.nat(),
      // For `nest`, the depth: usually modest, rarely 100 000.
      size: fc.oneof(
        { weight: 300, arbitrary: fc.integer({ min: 1, max: 2000 }) },
        { weight: 1, arbitrary: fc.constant(100_000) },
      ),
      value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      key: fc.oneof(fc.string(), fc.constantFrom('', 'constructor', '__proto__', 'x'.repeat(150))),
    }),
  },
  // A huge string: usually over a field limit, rarely over the whole cap.
  fc.record({
    kind: fc.constant('huge' as const),
    at: fc.nat(),
    size: fc.oneof(
      { weight: 100, arbitrary: fc.integer({ min: 100, max: 5000 }) },
      { weight: 1, arbitrary: fc.constant(MAX_TRANSFER_BYTES) },
    ),
    value: fc.constant(null),
    key: fc.constant(''),
  }),
  fc.record({
    kind: fc.constant('answers-proto' as const),
    value: fc.constantFrom<Json>(3, 'not-applicable', { polluted: true }, null),
  }),
  fc.record({
    kind: fc.constant('version' as const),
    value: fc.constantFrom<Json>(0, 2, 99, 1.5, '1', null),
  }),
  fc.record({
    kind: fc.constant('format' as const),
    value: fc.constantFrom<Json>(
      'crm-readiness/workshop-invitation',
      'crm-readiness/workshop',
      'crm-readiness/assessment',
      null,
    ),
  }),
);

/** Every [container, key] slot of a JSON value, outermost first. */
function slotsOf(root: Json): [Json[] | Record<string, Json>, string | number][] {
  const slots: [Json[] | Record<string, Json>, string | number][] = [];
  const queue: Json[] = [root];
  for (let value = queue.shift(); value !== undefined; value = queue.shift()) {
    if (typeof value !== 'object' || value === null) continue;
    const keys = Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value);
    for (const key of keys) {
      slots.push([value, key]);
      queue.push((value as Record<string | number, Json>)[key] as Json);
    }
  }
  return slots;
}

/** The answers object of a file or a code payload (`x`), created when missing; mutates `root`. */
function answersOf(root: Record<string, Json>): Record<string, Json> {
  const submission = root['submission'];
  const holder = typeof submission === 'object' && submission !== null ? submission : root;
  const record = holder as Record<string, Json>;
  const key = holder === root ? 'x' : 'answers';
  if (typeof record[key] !== 'object' || record[key] === null) record[key] = {};
  return record[key] as Record<string, Json>;
}

/** Applies one mutation to a (mutable, cloned) JSON object; mutates `root`. */
function applyMutation(root: Record<string, Json>, mutation: Mutation): void {
  if (mutation.kind === 'version') return void (root['schemaVersion'] = mutation.value);
  if (mutation.kind === 'format') return void (root['format'] = mutation.value);
  if (mutation.kind === 'answers-proto') return void (answersOf(root)[PROTO] = mutation.value);
  const slots = slotsOf(root);
  const [container, key] = slots[mutation.at % slots.length] ?? [root, 'w'];
  const target = container as Record<string | number, Json>;
  switch (mutation.kind) {
    case 'drop':
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete target[key];
      break;
    case 'replace':
      target[key] = mutation.value;
      break;
    case 'huge':
      target[key] = 'é'.repeat(mutation.size);
      break;
    case 'nest':
      target[key] = `${NEST}${mutation.size}`;
      break;
    case 'proto': {
      const value = target[key];
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      (isObject ? value : root)[PROTO] = mutation.value;
      break;
    }
    case 'rename': {
      if (Array.isArray(container)) break;
      const value = target[key] as Json;
      delete target[key];
      target[mutation.key === '__proto__' ? PROTO : mutation.key] = value;
    }
  }
}

/** Serializes JSON, turning markers into `__proto__` keys and deeply nested arrays. */
function toText(value: Json, pretty: boolean): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined)
    .replaceAll(`"${PROTO}"`, '"__proto__"')
    .replace(
      new RegExp(`"${NEST}(\\d+)"`, 'g'),
      (_m, depth: string) => '['.repeat(+depth) + ']'.repeat(+depth),
    );
}

/** Packs any text as a code body with the given prefix. */
async function packText(prefix: string, text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return prefix + toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

// ---- Edits of the final text ------------------------------------------------------------------

type TextEdit =
  | { kind: 'none' }
  | { kind: 'truncate' | 'flip' | 'insert'; at: number; chars: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'wrap'; width: number };

/** Prefixes pasted in place of `CRMS1.`, and the reason an otherwise valid code then gets. */
const SWAPPED_PREFIXES: Readonly<Record<string, SubmissionFailure>> = {
  'CRMW1.': 'not-a-submission',
  'CRMX1.': 'not-a-submission',
  'CRMS2.': 'newer-version',
  'CRMS0.': 'corrupt',
  'crms1.': 'corrupt',
  '': 'corrupt',
};

const textEditArbitrary: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({
    kind: fc.constantFrom('truncate' as const, 'flip' as const, 'insert' as const),
    at: fc.nat(),
    chars: fc.oneof(
      fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,3}$/),
    ),
  }),
  fc.record({
    kind: fc.constant('prefix' as const),
    prefix: fc.constantFrom(...Object.keys(SWAPPED_PREFIXES)),
  }),
  fc.record({ kind: fc.constant('wrap' as const), width: fc.integer({ min: 1, max: 80 }) }),
);

function applyTextEdit(text: string, edit: TextEdit): string {
  switch (edit.kind) {
    case 'none':
      return text;
    case 'prefix':
      return text.replace(/^CRMS1\./, edit.prefix);
    case 'wrap':
      return text.replace(new RegExp(`(.{${edit.width}})`, 'gs'), '$1\n ');
    default: {
      const at = edit.at % (text.length + 1);
      if (edit.kind === 'truncate') return text.slice(0, at);
      if (edit.kind === 'insert') return text.slice(0, at) + edit.chars + text.slice(at);
      return text.slice(0, at) + edit.chars + text.slice(at + edit.chars.length);
    }
  }
}

/** What an edit does to an unmutated code's outcome: a reason, the same outcome, or unknown. */
function expectedAfterCodeEdit(edit: TextEdit, clean: SubmissionFailure | 'ok') {
  if (edit.kind === 'none' || edit.kind === 'wrap') return clean;
  if (edit.kind === 'prefix') return SWAPPED_PREFIXES[edit.prefix];
  return undefined;
}

// ---- Cases: the text to import, and the outcome when it is known ------------------------------

interface Case {
  readonly text: string;
  readonly expected: SubmissionFailure | 'ok' | undefined;
}

/** A generated submission as a code, mutated or not, then edited as text. */
const codeCaseArbitrary: fc.Arbitrary<() => Promise<Case>> = fc
  .tuple(
    submissionArbitrary,
    codeQuestionsArbitrary,
    fc.array(mutationArbitrary, { maxLength: 2 }),
    textEditArbitrary,
  )
  .map(([submission, questions, mutations, edit]) => async () => {
    const payload = structuredClone(
      toSubmissionCodePayload(submission, sortQuestionIds(questions)),
    ) as unknown as Record<string, Json>;
    const kept = mutations.filter((m) => m.kind !== 'version' && m.kind !== 'format');
    for (const mutation of kept) applyMutation(payload, mutation);
    const text = applyTextEdit(await packText('CRMS1.', toText(payload, false)), edit);
    const clean = expectedOutcome(submission, questions !== QUESTION_IDS);
    return { text, expected: kept.length === 0 ? expectedAfterCodeEdit(edit, clean) : undefined };
  });

/** What a file-level change does to an unmutated file's outcome, when known. */
function expectedAfterFileChange(mutation: Mutation | undefined, clean: SubmissionFailure | 'ok') {
  if (!mutation) return clean;
  if (mutation.kind === 'format') return 'not-a-submission';
  if (mutation.kind === 'version')
    return mutation.value === 2 || mutation.value === 99 ? 'newer-version' : 'corrupt';
  return undefined;
}

/** A generated submission as a file, mutated or not, pretty or compact, then edited as text. */
const fileCaseArbitrary: fc.Arbitrary<() => Promise<Case>> = fc
  .tuple(
    submissionArbitrary,
    fc.array(mutationArbitrary, { maxLength: 2 }),
    textEditArbitrary,
    fc.boolean(),
  )
  .map(([submission, mutations, edit, pretty]) => () => {
    const file = structuredClone(buildSubmissionFile(submission)) as unknown as Record<
      string,
      Json
    >;
    for (const mutation of mutations) applyMutation(file, mutation);
    const text = applyTextEdit(toText(file, pretty), edit);
    const unedited = edit.kind === 'none' || edit.kind === 'prefix';
    const known = mutations.length <= 1 && unedited;
    const clean = expectedOutcome(submission, false);
    const expected = known ? expectedAfterFileChange(mutations[0], clean) : undefined;
    return Promise.resolve({ text, expected });
  });

/** Text with no relation to our formats, or a huge string. */
const junkCaseArbitrary: fc.Arbitrary<() => Promise<Case>> = fc
  .oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary' }),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => `CRMS1.${toBase64Url(bytes)}`),
    fc.stringMatching(/^CRM[A-Z]\d{0,3}\.?[A-Za-z0-9_-]{0,40}$/),
    fc.constantFrom(
      ' '.repeat(MAX_TRANSFER_BYTES + 1),
      `CRMS1.${'A'.repeat(MAX_TRANSFER_BYTES)}`,
      '{"__proto__": {"format": "crm-readiness/workshop-submission"}}',
      '',
      '\n\t ',
    ),
  )
  .map((text) => () => Promise.resolve({ text, expected: undefined }));

// ---- Checks -----------------------------------------------------------------------------------

/** Every object reachable from a value is frozen. */
function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return (
    Object.isFrozen(value) &&
    Reflect.ownKeys(value).every((key) =>
      isDeepFrozen((value as Record<PropertyKey, unknown>)[key]),
    )
  );
}

/** A success is a clean submission from an invited participant, added to a copy of the workshop. */
function checkSuccess(result: Extract<SubmissionImport, { ok: true }>): void {
  const { submission } = result;
  expect(SubmissionSchema.safeParse(submission).success).toBe(true);
  expect(Object.getPrototypeOf(submission.answers)).toBe(Object.prototype);
  for (const [id, value] of Object.entries(submission.answers)) {
    expect(context.questionIds.has(id)).toBe(true);
    if (value === 'not-applicable') expect(context.notApplicableAllowed.has(id)).toBe(true);
  }
  const participant = snapshot.participants.find((p) => p.id === submission.participantId);
  expect(participant?.role).toBe(submission.role);
  expect(submission.participantId).not.toBe(DONE);
  expect(result.workshop).toEqual({
    ...snapshot,
    submissions: [...snapshot.submissions, submission],
    updatedAt: importTime.toISOString(),
  });
}

/** Imports one case and checks the result and the workshop. */
async function checkCase({ text, expected }: Case): Promise<void> {
  const result = await tryImportSubmission(workshop, text, context, importTime);
  if (result.ok) checkSuccess(result);
  else {
    expect(SUBMISSION_FAILURES).toContain(result.reason);
    expect(typeof result.detail).toBe('string');
    expect(result.detail.length).toBeLessThan(1000);
    if (result.reason === 'duplicate') expect(result.previous).toEqual(snapshot.submissions[0]);
  }
  if (expected !== undefined) expect(result.ok ? 'ok' : result.reason).toBe(expected);
  expect(workshop).toEqual(snapshot);
  expect(isDeepFrozen(workshop)).toBe(true);
}

describe('importing any submission text', () => {
  it(
    'never throws on generated and mutated codes and files, and never changes the workshop',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(codeCaseArbitrary, fileCaseArbitrary), async (makeCase) =>
          checkCase(await makeCase()),
        ),
        { numRuns: 4000 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'gives every unmutated submission its one right outcome',
    async () => {
      const cleanCode = fc
        .tuple(submissionArbitrary, codeQuestionsArbitrary)
        .map(([submission, questions]) => async () => ({
          text: await packText(
            'CRMS1.',
            JSON.stringify(toSubmissionCodePayload(submission, sortQuestionIds(questions))),
          ),
          expected: expectedOutcome(submission, questions !== QUESTION_IDS),
        }));
      const cleanFile = submissionArbitrary.map(
        (submission) => () =>
          Promise.resolve({
            text: JSON.stringify(buildSubmissionFile(submission)),
            expected: expectedOutcome(submission, false),
          }),
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(cleanCode, cleanFile), async (makeCase) =>
          checkCase(await makeCase()),
        ),
        { numRuns: 1000 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'never throws on junk, random codes and huge strings',
    async () => {
      await fc.assert(
        fc.asyncProperty(junkCaseArbitrary, async (makeCase) => checkCase(await makeCase())),
        { numRuns: 1000 },
      );
    },
    SLOW_TEST_MS,
  );
});

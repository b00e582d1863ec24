/**
 * Property tests: whatever file or link arrives, importing returns a result (never throws), a
 * success is a valid assessment without prototype keys, a failure names a known reason, and
 * nothing given in or handed out is mutated. Inputs start from valid exports and are mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '~/domain/assessment/assessment';
import { toBase64Url } from '~/domain/assessment/base64url';
import {
  IMPORT_FAILURES,
  MAX_IMPORT_BYTES,
  buildExport,
  serializeExport,
  tryParseImport,
  type ImportResult,
} from '~/domain/assessment/parse-import';
import { hasRestoreChanges } from '~/domain/assessment/restore-assessment';
import { restoreAssessment } from '~/domain/assessment/stored-assessment';
import {
  SHARE_CODE_FAILURES,
  decodeShareCode,
  encodeShareCode,
} from '~/domain/assessment/share-code';
import { AssessmentSchema } from '~/domain/schemas/assessment-file';
import type { AnswerValue } from '~/domain/scoring/model';
import { deepFreeze, tinyContext } from './helpers';
import { SLOW_TEST_MS } from '../../slow-test';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NEST = '@@nest@@';
const PROTO = '@@proto@@';
const now = new Date('2025-03-14T16:10:00.000Z');

// ---- Valid exports --------------------------------------------------------------------------

/** Known and unknown question ids, so restoring has something to set aside. */
const questionId = fc.constantFrom('q-plain', 'q-na', 'q-crit', 'gone', 'retired-1', 'x');
const answerValue = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'dont-know', 'not-applicable');
const text = (maxLength: number) => fc.string({ maxLength, unit: 'binary' });
const timestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

const assessmentArbitrary: fc.Arbitrary<Assessment> = fc.record({
  id: fc.uuid(),
  name: text(60),
  organization: text(60),
  assessor: text(60),
  createdAt: timestamp,
  updatedAt: timestamp,
  contentVersion: fc.integer({ min: 1, max: 3 }),
  mode: fc.constantFrom('quick' as const, 'full' as const),
  profile: fc.dictionary(
    fc.constantFrom('company-size', 'channels', 'old-field'),
    fc.oneof(
      fc.constantFrom('small', 'large'),
      fc.array(fc.constantFrom('internet', 'sales-force'), { maxLength: 3 }),
    ),
  ),
  answers: fc.dictionary(questionId, answerValue),
  notes: fc.dictionary(questionId, text(200)),
  position: fc.constantFrom('profile', 'review', 'strategy'),
  setAside: fc.record({
    answers: fc.dictionary(questionId, answerValue),
    notes: fc.dictionary(questionId, text(50)),
  }),
});

/** A valid export, deep-frozen: no step may change it. */
const exportArbitrary = assessmentArbitrary.map((a) => deepFreeze(buildExport(a, now)));

// ---- Mutations ------------------------------------------------------------------------------

type Mutation =
  | {
      kind: 'drop' | 'nest' | 'proto' | 'huge' | 'replace' | 'rename';
      at: number;
      size: number;
      value: Json;
      key: string;
    }
  | { kind: 'version'; value: Json }
  | { kind: 'format'; value: Json };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom('drop', 'nest', 'proto', 'replace', 'replace', 'rename'),
      at: fc.nat(),
      // For `nest`, the depth: usually modest, rarely 100 000 (parsing that takes ~15 ms).
      size: fc.oneof(
        { weight: 200, arbitrary: fc.integer({ min: 1, max: 2000 }) },
        { weight: 1, arbitrary: fc.constant(100_000) },
      ),
      value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
      key: fc.oneof(
        fc.string(),
        fc.constantFrom('', 'constructor', 'prototype', 'toString', 'x'.repeat(150)),
      ),
    }),
  },
  // A huge string: usually just over a field limit, sometimes over the whole file cap.
  fc.record({
    kind: fc.constant('huge' as const),
    at: fc.nat(),
    size: fc.oneof(
      { weight: 30, arbitrary: fc.integer({ min: 100, max: 5000 }) },
      { weight: 1, arbitrary: fc.constant(MAX_IMPORT_BYTES) },
    ),
    value: fc.constant(null),
    key: fc.constant(''),
  }),
  fc.record({
    kind: fc.constant('version' as const),
    value: fc.constantFrom<Json>(
      0,
      -1,
      2,
      99,
      1.5,
      '1',
      null,
      1e308,
      Number.MAX_SAFE_INTEGER + 2,
      [1],
    ),
  }),
  fc.record({
    kind: fc.constant('format' as const),
    value: fc.constantFrom<Json>('crm-readiness/workshop', 'CRM-READINESS/ASSESSMENT', null, 1, {}),
  }),
);

/** Every [container, key] slot of a JSON value, outermost first. */
function slotsOf(root: Json): [Json[] | Record<string, Json>, string | number][] {
  const slots: [Json[] | Record<string, Json>, string | number][] = [];
  const queue: Json[] = [root];
  for (let value = queue.shift(); value !== undefined; value = queue.shift()) {
    if (typeof value !== 'object' || value === null) continue;
    const keys: (string | number)[] = Array.isArray(value)
      ? value.map((_v, i) => i)
      : Object.keys(value);
    for (const key of keys) {
      slots.push([value, key]);
      queue.push((value as Record<string | number, Json>)[key] as Json);
    }
  }
  return slots;
}

/** Applies one mutation to a (mutable, cloned) file object; mutates `file`. */
function applyMutation(file: Record<string, Json>, mutation: Mutation): void {
  if (mutation.kind === 'version') return void (file['schemaVersion'] = mutation.value);
  if (mutation.kind === 'format') return void (file['format'] = mutation.value);
  const slots = slotsOf(file);
  const [container, key] = slots[mutation.at % slots.length] ?? [file, 'assessment'];
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
      const object =
        typeof target[key] === 'object' && target[key] !== null && !Array.isArray(target[key])
          ? target[key]
          : file;
      (object as Record<string, Json>)[PROTO] = mutation.value;
      break;
    }
    case 'rename': {
      if (Array.isArray(container)) break;
      const value = target[key] as Json;
      delete target[key];
      target[mutation.key] = value;
    }
  }
}

/** Serializes a mutated file, turning markers into `__proto__` keys and deeply nested arrays. */
function toText(file: Json, pretty: boolean): string {
  return JSON.stringify(file, null, pretty ? 2 : undefined)
    .replaceAll(`"${PROTO}"`, '"__proto__"')
    .replace(
      new RegExp(`"${NEST}(\\d+)"`, 'g'),
      (_m, depth: string) => '['.repeat(+depth) + ']'.repeat(+depth),
    );
}

type TextEdit =
  { kind: 'none' } | { kind: 'truncate' | 'flip' | 'insert'; at: number; chars: string };

const textEditArbitrary: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({
    kind: fc.constantFrom('truncate' as const, 'flip' as const, 'insert' as const),
    at: fc.nat(),
    chars: fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }),
  }),
);

function applyTextEdit(value: string, edit: TextEdit): string {
  if (edit.kind === 'none') return value;
  const at = edit.at % (value.length + 1);
  if (edit.kind === 'truncate') return value.slice(0, at);
  if (edit.kind === 'insert') return value.slice(0, at) + edit.chars + value.slice(at);
  return value.slice(0, at) + edit.chars + value.slice(at + edit.chars.length);
}

/** The text of a valid export with 1–3 mutations, then possibly an edit of the text itself. */
const mutatedFileArbitrary = fc
  .tuple(
    exportArbitrary,
    fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
    textEditArbitrary,
    fc.boolean(),
  )
  .map(([exported, mutations, edit, pretty]) => {
    const file = structuredClone(exported) as unknown as Record<string, Json>;
    for (const mutation of mutations) applyMutation(file, mutation);
    return { exported, text: applyTextEdit(toText(file, pretty), edit) };
  });

/** Text with no relation to our format: random JSON, random strings, random bytes as UTF-8. */
const randomTextArbitrary = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary' }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
);

// ---- Checks ---------------------------------------------------------------------------------

/** Every object in a restored assessment is a plain object without an own `__proto__`. */
function hasPlainRecords(a: Assessment): boolean {
  const records = [
    a,
    a.profile,
    a.answers,
    a.notes,
    a.setAside,
    a.setAside.answers,
    a.setAside.notes,
  ];
  return records.every(
    (r) => Object.getPrototypeOf(r) === Object.prototype && !Object.hasOwn(r, '__proto__'),
  );
}

/** Checks one result; a success is frozen and must survive restoring and re-importing unchanged. */
function checkResult(result: ImportResult<string>, reasons: readonly string[]): void {
  if (!result.ok) {
    expect(reasons).toContain(result.reason);
    expect(typeof result.detail).toBe('string');
    expect(result.detail.length).toBeLessThan(1000);
    return;
  }
  expect(AssessmentSchema.safeParse(result.assessment).success).toBe(true);
  expect(hasPlainRecords(result.assessment)).toBe(true);
  const restored = deepFreeze(result.assessment);
  const snapshot = structuredClone(restored);
  // Restoring again changes nothing and mutates nothing (a frozen object would throw).
  const again = restoreAssessment(restored, tinyContext);
  expect(again.ok && !hasRestoreChanges(again.report)).toBe(true);
  expect(tryParseImport(serializeExport(buildExport(restored, now)), tinyContext)).toMatchObject({
    ok: true,
    assessment: snapshot,
  });
  expect(restored).toEqual(snapshot);
}

describe('importing any file', () => {
  it(
    'never throws on mutated exports, and returns a valid assessment or a known reason',
    () => {
      fc.assert(
        fc.property(mutatedFileArbitrary, ({ exported, text }) => {
          const before = structuredClone(exported);
          checkResult(tryParseImport(text, tinyContext), IMPORT_FAILURES);
          expect(exported).toEqual(before);
        }),
        { numRuns: 3000 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'imports every unmutated export, pretty or compact',
    () => {
      fc.assert(
        fc.property(exportArbitrary, fc.boolean(), (exported, pretty) => {
          const result = tryParseImport(
            pretty ? serializeExport(exported) : JSON.stringify(exported),
            tinyContext,
          );
          expect(result.ok).toBe(true);
          checkResult(result, []);
        }),
        { numRuns: 1000 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'never throws on random text',
    () => {
      fc.assert(
        fc.property(randomTextArbitrary, (text) =>
          checkResult(tryParseImport(text, tinyContext), IMPORT_FAILURES),
        ),
        { numRuns: 2000 },
      );
    },
    SLOW_TEST_MS,
  );
});

/**
 * A share code, made on demand: a valid one edited as text, one for a mutated file, random bytes
 * in base64url, or random characters.
 */
const shareCodeArbitrary: fc.Arbitrary<() => Promise<string>> = fc.oneof(
  fc.tuple(exportArbitrary, textEditArbitrary).map(
    ([exported, edit]) =>
      async () =>
        applyTextEdit(await encodeShareCode(exported), edit),
  ),
  mutatedFileArbitrary.map(({ text }) => async () => {
    const stream = new Blob([new TextEncoder().encode(text)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
  }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => () => Promise.resolve(toBase64Url(bytes))),
  fc.string({ maxLength: 200 }).map((code) => () => Promise.resolve(code)),
);

describe('decoding any share code', () => {
  it(
    'never throws, and returns a valid assessment or a known reason',
    async () => {
      await fc.assert(
        fc.asyncProperty(shareCodeArbitrary, async (makeCode) => {
          checkResult(await decodeShareCode(await makeCode(), tinyContext), SHARE_CODE_FAILURES);
        }),
        { numRuns: 1000 },
      );
    },
    SLOW_TEST_MS,
  );
});

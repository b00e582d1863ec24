/**
 * The bad-input campaign's shared catalogue (#8): hostile texts every reader of user input must
 * refuse, hostile edits of a valid file, and the checks every refusal must pass. Each
 * `*.test.ts` beside this file runs them against one input the product accepts, mapping each
 * kind of hostility to that reader's own refusal reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '~/domain/assessment/base64url';
import { getStrings } from '~/i18n';
import type { UiStrings } from '~/i18n/types';
import { SLOW_TEST_MS } from '../../slow-test';

/** What a hostile input is, whichever reader gets it. */
export type Hostility =
  /** Nothing but white space (or a byte-order mark). */
  | 'blank'
  /** Over the reader's byte cap. */
  | 'oversized'
  /** Not JSON (nor one of our codes): binary garbage, truncated, almost-JSON. */
  | 'not-json'
  /** Valid JSON, but not a file of the expected kind. */
  | 'not-ours'
  /** One of our files, made by a newer version. */
  | 'newer'
  /** One of our files, damaged or edited into something invalid. */
  | 'damaged';

/** One hostile input and what it is. */
export interface HostileText {
  readonly name: string;
  readonly text: string;
  readonly hostility: Hostility;
}

/** Every byte value once, as text (what a binary file read as Latin-1 gives). */
const ALL_BYTES = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));

/** A PNG file's first bytes as text: a binary file picked instead of a JSON one. */
const PNG_AS_TEXT = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';

/** The JSON `[[[…]]]` nested `depth` deep. */
export function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/**
 * Hostile texts that are not a file of any kind of ours: blank, too large for `maxBytes`, not
 * JSON, or JSON of the wrong shape, including attempts at prototype pollution.
 * @param format the `format` tag of the expected kind, to wrap in wrong places
 */
export function hostileTexts(maxBytes: number, format: string): HostileText[] {
  const wrapped = JSON.stringify({ format, schemaVersion: 1 });
  const cases: [string, string, Hostility][] = [
    ['nothing', '', 'blank'],
    ['white space and line breaks', ' \n\t\r\n ', 'blank'],
    ['no-break and em spaces', '\u00a0\u2003\u3000', 'blank'],
    ['a byte-order mark alone', '\uFEFF', 'blank'],
    ['one byte over the cap', `"${'x'.repeat(maxBytes - 1)}"`, 'oversized'],
    ['under the character cap but over the byte cap', 'é'.repeat(maxBytes / 2 + 1), 'oversized'],
    ['a huge JSON file', `{"format": "${format}", "pad": "${' '.repeat(maxBytes)}"}`, 'oversized'],
    ['NaN', 'NaN', 'not-json'],
    ['Infinity', 'Infinity', 'not-json'],
    ['-Infinity', '-Infinity', 'not-json'],
    ['undefined', 'undefined', 'not-json'],
    ['every byte value', ALL_BYTES, 'not-json'],
    ['a PNG picked by mistake', PNG_AS_TEXT, 'not-json'],
    ['control characters', '\u0000\u0001\u0002\u001f', 'not-json'],
    ['a lone surrogate', '\ud800', 'not-json'],
    ['an opening brace', '{', 'not-json'],
    ['a file cut after its format', `{"format": "${format}",`, 'not-json'],
    ['single-quoted keys', `{'format': '${format}'}`, 'not-json'],
    ['a trailing comma', `{"format": "${format}",}`, 'not-json'],
    ['a comment', `// exported\n${wrapped}`, 'not-json'],
    ['two files glued together', `${wrapped}${wrapped}`, 'not-json'],
    ['NaN as a version', `{"format": "${format}", "schemaVersion": NaN}`, 'not-json'],
    ['a spreadsheet', 'name;organization\r\nA;B\r\n', 'not-json'],
    ['a web page', '<!doctype html><title>x</title>', 'not-json'],
    ['null', 'null', 'not-ours'],
    ['true', 'true', 'not-ours'],
    ['zero', '0', 'not-ours'],
    ['a negative number', '-1', 'not-ours'],
    ['an exponent', '1e3', 'not-ours'],
    ['a number too large for a double', '1e999', 'not-ours'],
    ['a string', '"crm"', 'not-ours'],
    ['the format alone, as a string', JSON.stringify(format), 'not-ours'],
    ['an empty array', '[]', 'not-ours'],
    ['the file inside an array', `[${wrapped}]`, 'not-ours'],
    ['an empty object', '{}', 'not-ours'],
    ['a format of the wrong type', '{"format": 1, "schemaVersion": 1}', 'not-ours'],
    ['a null format', '{"format": null, "schemaVersion": 1}', 'not-ours'],
    ['the format in an array', `{"format": [${JSON.stringify(format)}]}`, 'not-ours'],
    ['the format in capitals', `{"format": ${JSON.stringify(format.toUpperCase())}}`, 'not-ours'],
    ['the format with a trailing space', `{"format": ${JSON.stringify(`${format} `)}}`, 'not-ours'],
    ['the format only in __proto__', `{"__proto__": ${wrapped}}`, 'not-ours'],
    [
      'the format only in constructor.prototype',
      `{"constructor": {"prototype": ${wrapped}}}`,
      'not-ours',
    ],
    ['another app’s JSON', '{"version": 2, "items": [], "polluted": true}', 'not-ours'],
    ['deeply nested arrays', nestedArrays(5000), 'not-ours'],
  ];
  return cases.map(([name, text, hostility]) => ({ name, text, hostility }));
}

/** One hostile edit of a valid file, as text, and what it makes the file. */
export interface FileCase {
  readonly name: string;
  readonly text: string;
  /** `valid` when the edit leaves a file that must be read as it was. */
  readonly hostility: Hostility | 'valid';
}

/**
 * Hostile edits of a valid file `{ format, schemaVersion, [payloadKey]: … }` (or a stored
 * record, without `format`): versions that are
 * newer, not whole, negative, written as exponents or not numbers; a payload of the wrong type;
 * duplicated keys (the last one counts, as in JSON.parse); `__proto__` and `constructor` keys,
 * which must neither pollute nor break anything.
 */
export function fileCases(
  valid: Readonly<Record<string, unknown>>,
  payloadKey: string,
): FileCase[] {
  const json = JSON.stringify(valid);
  // The current version of the file's kind: the cases below are written relative to it.
  const current = Number(valid['schemaVersion']);
  const newer = current + 1;
  /** The valid file with its `schemaVersion` written as `literal`, exactly. */
  const version = (literal: string) =>
    json.replace(`"schemaVersion":${current}`, `"schemaVersion":${literal}`);
  const edited = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(json) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const payload = JSON.stringify(valid[payloadKey]);
  const cases: [string, string, FileCase['hostility']][] = [
    ['the file as it is', json, 'valid'],
    [`version ${current} written as ${current}.0`, version(`${current}.0`), 'valid'],
    [`version ${current} written as an exponent, ${current}e0`, version(`${current}e0`), 'valid'],
    [`version ${newer}`, version(String(newer)), 'newer'],
    ['version 9999', version('9999'), 'newer'],
    ['a version written as an exponent, 1e3', version('1e3'), 'newer'],
    [`version ${current}.5`, version(`${current}.5`), 'damaged'],
    ['version 0', version('0'), 'damaged'],
    ['version -1', version('-1'), 'damaged'],
    ['version -0', version('-0'), 'damaged'],
    ['a version too large for a double, 1e999', version('1e999'), 'damaged'],
    ['a version past the safe integers', version('9007199254740993'), 'damaged'],
    ['the version as a string', version(`"${current}"`), 'damaged'],
    ['a null version', version('null'), 'damaged'],
    ['the version in an array', version(`[${current}]`), 'damaged'],
    ['no version', edited((f) => delete f['schemaVersion']), 'damaged'],
    ['no payload', edited((f) => delete f[payloadKey]), 'damaged'],
    ['a null payload', edited((f) => (f[payloadKey] = null)), 'damaged'],
    ['the payload as a string', edited((f) => (f[payloadKey] = payload)), 'damaged'],
    ['the payload in an array', edited((f) => (f[payloadKey] = [f[payloadKey]])), 'damaged'],
    ['a payload nested deep', json.replace(payload, nestedArrays(5000)), 'damaged'],
    ['the file cut in half', json.slice(0, Math.floor(json.length / 2)), 'not-json'],
    ['the file without its last brace', json.slice(0, -1), 'not-json'],
    [
      `a newer version given first, then ${current}`,
      json.replace('{', `{"schemaVersion":${newer},`),
      'valid',
    ],
    [
      `version ${current} given first, then a newer one`,
      json.replace(/}$/, `,"schemaVersion":${newer}}`),
      'newer',
    ],
    [
      'the payload, then null',
      json.replace(/}$/, `,${JSON.stringify(payloadKey)}:null}`),
      'damaged',
    ],
    [
      'a __proto__ key that tries to pollute',
      json.replace('{', '{"__proto__":{"polluted":true},'),
      'valid',
    ],
    [
      'a constructor.prototype key that tries to pollute',
      json.replace('{', '{"constructor":{"prototype":{"polluted":true}},'),
      'valid',
    ],
    ['unknown keys', json.replace('{', '{"extra":[1,2,3],"toString":"x",'), 'valid'],
  ];
  if ('format' in valid) {
    cases.push(
      ['a wrong format given first', json.replace('{', '{"format":"x",'), 'valid'],
      ['the right format, then a wrong one', json.replace(/}$/, ',"format":"x"}'), 'not-ours'],
    );
  }
  return cases.map(([name, text, hostility]) => ({ name, text, hostility }));
}

/** A refusal as every reader returns it. */
interface Refusal {
  readonly ok: false;
  readonly reason: string;
  readonly detail?: string;
}

/**
 * Checks that `result` refuses with `reason`, with a short detail when the reader gives one (a
 * detail must never echo a whole hostile input back).
 */
export function expectRefusal(
  result: { readonly ok: boolean },
  reason: string | readonly string[],
): void {
  const reasons = typeof reason === 'string' ? [reason] : reason;
  expect(result.ok, `expected a refusal as ${reasons.join(' or ')}`).toBe(false);
  const refusal = result as Refusal;
  expect(reasons).toContain(refusal.reason);
  if (refusal.detail !== undefined) {
    expect(typeof refusal.detail).toBe('string');
    expect(refusal.detail.length).toBeLessThan(1000);
  }
}

/** Checks that no hostile input polluted Object.prototype (every pollution attempt uses `polluted`). */
export function expectNoPollution(): void {
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

/**
 * Checks that every object reachable from `value` is a plain object or array with no own
 * `__proto__` key, so nothing read can carry a replaced prototype further.
 */
export function expectPlainData(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const prototype: unknown = Object.getPrototypeOf(value);
  expect([Object.prototype, Array.prototype, null]).toContain(prototype);
  expect(Object.hasOwn(value, '__proto__')).toBe(false);
  for (const child of Object.values(value)) expectPlainData(child);
}

/**
 * Arbitrary text for "never throws" properties: any string, any Unicode, text that starts like
 * one of our files or codes, and JSON values of any shape.
 * @param prefixes beginnings worth trying, such as a code prefix or a file's first key
 */
export function anyText(prefixes: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.tuple(fc.constantFrom(...prefixes), fc.string({ maxLength: 300 })).map(([a, b]) => a + b),
    fc.json({ maxDepth: 4 }),
  );
}

/**
 * Packs any text the way share links and workshop codes pack JSON (UTF-8, raw deflate,
 * base64url), so a hostile file can arrive as a code.
 */
export async function packText(text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Packs raw bytes with raw deflate into base64url: for codes that unpack to invalid UTF-8. */
export async function packBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/**
 * Checks that a refusal has a message people understand, in both languages (what the UI shows
 * in place of the reason): present, and translated.
 */
export function expectMessageInBothLanguages(pick: (strings: UiStrings) => string): void {
  const en = pick(getStrings('en'));
  const es = pick(getStrings('es'));
  expect(en.trim()).not.toBe('');
  expect(es.trim()).not.toBe('');
  expect(es).not.toBe(en);
}

/** How one reader of files (or codes) is run through the catalogue. */
export interface ReaderCampaign<R extends { readonly ok: boolean }> {
  /** The input, for test names, e.g. `an invitation file`. */
  readonly what: string;
  /** The reader's byte cap. */
  readonly maxBytes: number;
  /** The `format` tag of the reader's kind. */
  readonly format: string;
  /** The refusal each kind of hostile input gets. */
  readonly reasons: Readonly<Record<Hostility, string>>;
  /** Reads one input; the reader's own checks (nothing changed, nothing polluted) go here. */
  readonly read: (text: string) => R | Promise<R>;
}

/** Runs every hostile text of the catalogue through a reader. */
export function describeHostileTexts<R extends { readonly ok: boolean }>(
  campaign: ReaderCampaign<R>,
): void {
  describe(`${campaign.what} that is not one`, () => {
    it.each(hostileTexts(campaign.maxBytes, campaign.format))(
      'is refused: $name ($hostility)',
      async ({ text, hostility }) => {
        expectRefusal(await campaign.read(text), campaign.reasons[hostility]);
      },
    );
  });
}

/**
 * Runs every hostile edit of a valid file through a reader; `expectValid` checks what an edit
 * that leaves the file valid gives back.
 */
export function describeHostileEdits<R extends { readonly ok: boolean }>(
  campaign: ReaderCampaign<R> & {
    readonly file: Readonly<Record<string, unknown>>;
    readonly payloadKey: string;
    readonly expectValid: (result: R) => void;
  },
): void {
  describe(`${campaign.what} edited by hand`, () => {
    it.each(fileCases(campaign.file, campaign.payloadKey))(
      '$name: $hostility',
      async ({ text, hostility }) => {
        const result = await campaign.read(text);
        if (hostility === 'valid') campaign.expectValid(result);
        else expectRefusal(result, campaign.reasons[hostility]);
      },
    );
  });
}

/**
 * The two checks every reader gets last: arbitrary text (starting, among others, like one of
 * `prefixes`) never makes it throw and is refused only with one of `failures`; and every failure
 * has a message in both languages (`message` picks it from the UI strings).
 */
export function describeAnyText<F extends string>(campaign: {
  readonly what: string;
  readonly prefixes: readonly string[];
  readonly failures: readonly F[];
  readonly read: (
    text: string,
  ) =>
    | { readonly ok: boolean; readonly reason?: unknown }
    | null
    | Promise<{ readonly ok: boolean; readonly reason?: unknown } | null>;
  readonly message: (strings: UiStrings, reason: F) => string;
}): void {
  describe(`any text read as ${campaign.what}`, () => {
    it(
      'never makes it throw, and is refused only with a known reason',
      async () => {
        await fc.assert(
          fc.asyncProperty(anyText(campaign.prefixes), async (text) => {
            const result = await campaign.read(text);
            if (result && !result.ok) expect(campaign.failures).toContain(result.reason);
          }),
          { numRuns: 500 },
        );
      },
      SLOW_TEST_MS,
    );

    it.each(campaign.failures)('has a message in both languages for %s', (reason) => {
      expectMessageInBothLanguages((strings) => campaign.message(strings, reason));
    });
  });
}

/**
 * Workshop codes: compact text people copy and paste instead of passing a file, such as
 * `CRMS1.jZDLbsIwEEX_…`. A code is a prefix naming its kind and shape version (`CRMW1.` for an
 * invitation, `CRMS1.` for a submission), then JSON → UTF-8 → raw deflate → base64url, as for
 * share links (share-code.ts). The prefix lets a code pasted in the wrong place be refused with a
 * clear reason before anything is unpacked; unpacking is bounded, so a crafted code cannot exhaust
 * memory.
 */
import { fromBase64Url, toBase64Url } from '../assessment/base64url';
import { readBytes } from '../assessment/read-bytes';
import {
  MAX_TRANSFER_BYTES,
  describeWrongKind,
  failRead,
  type TransferRead,
} from './transfer-text';
import { WORKSHOP_SCHEMA_VERSION } from './workshop';

/** The kinds that travel as codes; the workshop itself travels only as a file. */
export type CodeKind = 'invitation' | 'submission';

/** The letter after `CRM` that names a code's kind. */
export const CODE_LETTERS: Readonly<Record<CodeKind, string>> = {
  invitation: 'W',
  submission: 'S',
};

/** Every code starts with this, then its letter, its shape version and a dot. */
const CODE_PATTERN = /^CRM([A-Z])(\d{1,4})\.(.*)$/s;

/** The prefix of a code of this kind at the current shape version, such as `CRMS1.`. */
export function getCodePrefix(kind: CodeKind): string {
  return `CRM${CODE_LETTERS[kind]}${WORKSHOP_SCHEMA_VERSION}.`;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new Blob([bytes]).stream();
}

/** Packs a value into a code of this kind: prefix, then compact JSON, raw-deflated, in base64url. */
export async function packCode(kind: CodeKind, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const deflated = streamOf(json).pipeThrough(new CompressionStream('deflate-raw'));
  const body = toBase64Url(new Uint8Array(await new Response(deflated).arrayBuffer()));
  return `${getCodePrefix(kind)}${body}`;
}

/** Inflates and decodes bytes as UTF-8 text; null when too large, undefined when damaged. */
async function inflateText(bytes: Uint8Array<ArrayBuffer>): Promise<string | null | undefined> {
  try {
    const inflated = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
    const out = await readBytes(inflated, MAX_TRANSFER_BYTES);
    return out && new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return undefined;
  }
}

function describeLetter(letter: string): string {
  if (letter === CODE_LETTERS.invitation) return 'an invitation code';
  if (letter === CODE_LETTERS.submission) return 'a submission code';
  return 'a code of another kind';
}

/**
 * Reads the prefix of a code and unpacks its JSON value; never throws. White space anywhere is
 * ignored, since mail and chat programs wrap long lines. The caller has checked size and blankness.
 */
export async function unpackCode(text: string, kind: CodeKind): Promise<TransferRead<unknown>> {
  const match = CODE_PATTERN.exec(text.replace(/\s+/g, ''));
  const prefix = getCodePrefix(kind);
  if (!match) return failRead('corrupt', `A code starts with ${prefix} and has no spaces inside.`);
  const [, letter = '', versionText = '', body = ''] = match;
  if (letter !== CODE_LETTERS[kind]) {
    return failRead('wrong-kind', describeWrongKind(describeLetter(letter), kind));
  }
  const version = Number(versionText);
  if (version < 1 || String(version) !== versionText) {
    return failRead('corrupt', `The code’s prefix should be ${prefix}.`);
  }
  if (version > WORKSHOP_SCHEMA_VERSION) {
    return failRead('newer-version', `The code was made by a newer version (${version}).`);
  }
  const bytes = fromBase64Url(body);
  if (!bytes || body === '') return failRead('corrupt', 'The code is cut short or damaged.');
  const json = await inflateText(bytes);
  if (json === null)
    return failRead('too-large', `The code unpacks to over ${MAX_TRANSFER_BYTES} bytes.`);
  if (json === undefined) return failRead('corrupt', 'The code is cut short or damaged.');
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return failRead('corrupt', 'The code unpacks to something that is not JSON.');
  }
}

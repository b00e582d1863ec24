/**
 * Share links: an exported assessment packed into a URL fragment (`#share=<code>`), so it travels
 * without a server. The code is JSON → UTF-8 → raw deflate → base64url. Decoding is bounded at
 * every step, so a crafted link cannot exhaust memory (a "compression bomb" stops at the cap).
 */
import type { AssessmentExport } from '../schemas/assessment-file';
import { fromBase64Url, toBase64Url } from './base64url';
import { readBytes } from './read-bytes';
import {
  IMPORT_FAILURES,
  MAX_IMPORT_BYTES,
  tryParseImport,
  type ImportResult,
} from './parse-import';
import type { RestoreContext } from './restore-assessment';

/** The longest share code read, in characters. */
export const MAX_SHARE_CODE_LENGTH = 200_000;
/** The fragment parameter that carries a share code. */
const SHARE_PARAM = 'share=';

/** Every reason decoding a share code can fail: an import's reasons, and a damaged link. */
export const SHARE_CODE_FAILURES = [...IMPORT_FAILURES, 'corrupt-link'] as const;
/** Why a share code could not be decoded. */
export type ShareCodeFailure = (typeof SHARE_CODE_FAILURES)[number];

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new Blob([bytes]).stream();
}

/** Packs an export into a share code: compact JSON, raw-deflated, base64url without padding. */
export async function encodeShareCode(exported: AssessmentExport): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(exported));
  const deflated = streamOf(json).pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(deflated).arrayBuffer()));
}

function fail(reason: ShareCodeFailure, detail = ''): ImportResult<ShareCodeFailure> {
  return { ok: false, reason, detail };
}

/** Inflates and decodes bytes as UTF-8 text; null when too large, undefined when damaged. */
async function inflateText(bytes: Uint8Array<ArrayBuffer>): Promise<string | null | undefined> {
  try {
    const inflated = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
    const out = await readBytes(inflated, MAX_IMPORT_BYTES);
    return out && new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return undefined;
  }
}

/** Unpacks a share code and imports it like a file; never throws. */
export async function decodeShareCode(
  code: string,
  context: RestoreContext,
): Promise<ImportResult<ShareCodeFailure>> {
  if (code.length > MAX_SHARE_CODE_LENGTH) return fail('too-large', 'The link is too long.');
  if (code === '') return fail('empty');
  const bytes = fromBase64Url(code);
  if (!bytes) return fail('corrupt-link', 'The link has characters a share code cannot have.');
  const text = await inflateText(bytes);
  if (text === null)
    return fail('too-large', `The link unpacks to over ${MAX_IMPORT_BYTES} bytes.`);
  if (text === undefined) return fail('corrupt-link', 'The link is cut short or damaged.');
  return tryParseImport(text, context);
}

/** Reads the share code from a URL fragment such as `#share=<code>`; null when there is none. */
export function getShareCodeFromHash(hash: string): string | null {
  const parts = hash.replace(/^#/, '').split('&');
  const part = parts.find((p) => p.startsWith(SHARE_PARAM));
  const code = part?.slice(SHARE_PARAM.length).trim() ?? '';
  return code === '' ? null : code;
}

/** Builds the URL fragment that carries a share code. */
export function toShareHash(code: string): string {
  return `#${SHARE_PARAM}${code}`;
}

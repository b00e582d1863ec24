/**
 * Share links: an exported assessment packed into a URL fragment (`#share=<code>`), so it travels
 * without a server. The code is JSON → UTF-8 → raw deflate → base64url. Decoding is bounded at
 * every step, so a crafted link cannot exhaust memory (a "compression bomb" stops at the cap).
 */
import { fromBase64Url } from './base64url';
import { readBytes } from './read-bytes';
import {
  IMPORT_FAILURES,
  MAX_IMPORT_BYTES,
  tryParseImport,
  type ImportResult,
} from './parse-import';
import type { RestoreContext } from './restore-assessment';
import { streamOf } from './share-hash';

// Writing a link and finding its code need no zod: pages that only do that import share-hash.ts (#12).
export { encodeShareCode } from './share-hash';
export { getShareCodeFromHash, toShareHash } from './share-fragment';

/** The longest share code read, in characters. */
export const MAX_SHARE_CODE_LENGTH = 200_000;

/** Every reason decoding a share code can fail: an import's reasons, and a damaged link. */
export const SHARE_CODE_FAILURES = [...IMPORT_FAILURES, 'corrupt-link'] as const;
/** Why a share code could not be decoded. */
export type ShareCodeFailure = (typeof SHARE_CODE_FAILURES)[number];

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

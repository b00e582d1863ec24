/**
 * Share links, written: an export packed into a code (the fragment that carries it is in
 * share-fragment.ts). Kept apart from share-code.ts, which decodes and validates (zod), so a page can
 * make a link or look for a code without loading the schemas (#12).
 */
import type { AssessmentExport } from '../schemas/assessment-file';
import { toBase64Url } from './base64url';

/** The bytes as a stream, for the compression streams. */
export function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new Blob([bytes]).stream();
}

/** Packs an export into a share code: compact JSON, raw-deflated, base64url without padding. */
export async function encodeShareCode(exported: AssessmentExport): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(exported));
  const deflated = streamOf(json).pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(deflated).arrayBuffer()));
}

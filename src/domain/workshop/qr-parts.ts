/**
 * Submission codes handed back as QR codes (#18). A code that fits one QR code travels as it is;
 * a longer one is cut into a short numbered sequence of parts, read in any order:
 * `CRMQ1.<workshop>.<key>.<n>-<total>.<piece>`. Every part names its workshop (the first
 * characters of its id) and its code (a fingerprint of the whole), so a part of another workshop
 * or of another participant's code is refused before anything is put together; a part read twice
 * counts once, and a missing part is named. Pure: the camera and the decoder live elsewhere.
 */

/** The most characters one QR code of ours carries (byte mode, medium correction: version ≤ 20). */
export const QR_TEXT_LIMIT = 600;
/** The most parts a code may be cut into: beyond, the code is refused as too large for QR codes. */
export const MAX_QR_PARTS = 8;
/** What starts every part. */
export const QR_PART_PREFIX = 'CRMQ1.';

/** How many characters of the workshop's id a part carries. */
const WORKSHOP_TAG_LENGTH = 8;
const PART_PATTERN = /^CRMQ1\.([0-9A-Za-z-]{1,8})\.([0-9a-f]{8})\.([1-9]\d?)-([1-9]\d?)\.(.+)$/s;

/** The texts to show as QR codes, or why the code cannot be shown as QR codes. */
export type QrSplit =
  | { readonly ok: true; readonly texts: readonly string[] }
  | { readonly ok: false; readonly reason: 'too-large' };

/** One part, read. */
export interface QrPart {
  readonly workshopTag: string;
  readonly key: string;
  /** 1-based. */
  readonly index: number;
  readonly total: number;
  readonly piece: string;
}

/** Why parts could not be put together. */
export type QrJoinFailure = 'missing' | 'mixed' | 'other-workshop' | 'corrupt';

/** The whole code, or why there is none yet (`missing` lists the 1-based numbers still to read). */
export type QrJoin =
  | { readonly ok: true; readonly code: string; readonly total: number }
  | {
      readonly ok: false;
      readonly reason: QrJoinFailure;
      readonly missing: readonly number[];
      readonly total: number;
    };

/** The short tag of a workshop's id that its parts carry. */
export function toWorkshopTag(workshopId: string): string {
  return workshopId.replace(/[^0-9A-Za-z-]/g, '').slice(0, WORKSHOP_TAG_LENGTH) || '-';
}

/** A fingerprint of a whole code: 32-bit FNV-1a over its UTF-16 code units, as 8 hex digits. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A short code people can read and compare, from a text's fingerprint: e.g. `3F2A-91BC`. */
export function toCheckCode(text: string): string {
  const hex = fingerprint(text).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/**
 * Cuts a submission code into the texts of its QR codes: the code alone when it fits one, else
 * numbered parts of nearly equal length.
 * @param limit the most characters of one QR code's text (a part's prefix included)
 */
export function splitForQr(code: string, workshopId: string, limit = QR_TEXT_LIMIT): QrSplit {
  if (code.length <= limit) return { ok: true, texts: [code] };
  const head = `${QR_PART_PREFIX}${toWorkshopTag(workshopId)}.${fingerprint(code)}.`;
  // The longest numbering, `8-8.`, decides the room left for a piece.
  const room = limit - head.length - `${MAX_QR_PARTS}-${MAX_QR_PARTS}.`.length;
  const total = room > 0 ? Math.ceil(code.length / room) : Infinity;
  if (total > MAX_QR_PARTS) return { ok: false, reason: 'too-large' };
  const size = Math.ceil(code.length / total);
  const texts = Array.from(
    { length: total },
    (_, i) => `${head}${i + 1}-${total}.${code.slice(i * size, (i + 1) * size)}`,
  );
  return { ok: true, texts };
}

/** Whether a text read from a QR code is one part of a sequence (else it is read as a whole code). */
export function isQrPart(text: string): boolean {
  return text.trim().startsWith(QR_PART_PREFIX);
}

/** Reads one part; null when the text is not a well-formed part. */
export function readQrPart(text: string): QrPart | null {
  const match = PART_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, workshopTag = '', key = '', index = '', total = '', piece = ''] = match;
  const part = { workshopTag, key, index: Number(index), total: Number(total), piece };
  return part.index <= part.total && part.total <= MAX_QR_PARTS ? part : null;
}

function fail(reason: QrJoinFailure, total: number, missing: readonly number[] = []): QrJoin {
  return { ok: false, reason, missing, total };
}

/**
 * Puts the parts read so far together, in any order; a part read twice counts once. Refuses a
 * damaged part, a part of another workshop, and parts of two different codes (or two different
 * pieces under one number); until every part is in, names the numbers still missing.
 */
export function joinQrParts(texts: readonly string[], workshopId: string): QrJoin {
  const parts = new Map<number, QrPart>();
  let first: QrPart | undefined;
  for (const text of texts) {
    const part = readQrPart(text);
    if (!part) return fail('corrupt', first?.total ?? 0);
    if (part.workshopTag !== toWorkshopTag(workshopId)) return fail('other-workshop', part.total);
    first ??= part;
    const same = parts.get(part.index);
    if (
      part.key !== first.key ||
      part.total !== first.total ||
      (same !== undefined && same.piece !== part.piece)
    ) {
      return fail('mixed', first.total);
    }
    parts.set(part.index, part);
  }
  if (!first) return fail('missing', 0);
  const total = first.total;
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((n) => !parts.has(n));
  if (missing.length > 0) return fail('missing', total, missing);
  const code = Array.from({ length: total }, (_, i) => parts.get(i + 1)!.piece).join('');
  return fingerprint(code) === first.key ? { ok: true, code, total } : fail('corrupt', total);
}

/** What one text read by the camera does to the parts gathered so far. */
export type ScanStep =
  /** A whole code to import: read as it is, or the last missing part of a sequence. */
  | { readonly kind: 'code'; readonly code: string; readonly parts: readonly string[] }
  /** A part kept; the sequence still misses `missing`. */
  | {
      readonly kind: 'waiting';
      readonly parts: readonly string[];
      readonly read: number;
      readonly total: number;
      readonly missing: readonly number[];
    }
  /** A part refused; the parts gathered so far are kept as they were. */
  | {
      readonly kind: 'refused';
      readonly reason: Exclude<QrJoinFailure, 'missing'>;
      readonly parts: readonly string[];
    };

/**
 * Takes one text the camera read: a part joins the parts gathered so far (a repeat changes
 * nothing), anything else is a whole code for the import, which refuses what is not a submission.
 */
export function takeScannedText(
  parts: readonly string[],
  text: string,
  workshopId: string,
): ScanStep {
  if (!isQrPart(text)) return { kind: 'code', code: text, parts };
  const gathered = parts.includes(text) ? parts : [...parts, text];
  const joined = joinQrParts(gathered, workshopId);
  if (joined.ok) return { kind: 'code', code: joined.code, parts: [] };
  if (joined.reason !== 'missing') return { kind: 'refused', reason: joined.reason, parts };
  const { total, missing } = joined;
  return { kind: 'waiting', parts: gathered, read: total - missing.length, total, missing };
}

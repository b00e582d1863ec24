/**
 * The QR generator (lean-qr's nano build, about 2 KB gzip): the only code touching the library.
 * Islands import this module with import() when they first show a code, so no page's first load
 * carries it (#18).
 */
import { correction, generate } from 'lean-qr/nano';
import type { QrMatrix } from '../../domain/workshop/qr-image';

/**
 * The QR matrix of a text at medium error correction (or better, where the size allows), or null
 * when the text does not fit one code.
 */
export function encodeQr(text: string): QrMatrix | null {
  try {
    const code = generate(text, { minCorrectionLevel: correction.M });
    return { size: code.size, dark: (x, y) => code.get(x, y) };
  } catch {
    return null;
  }
}

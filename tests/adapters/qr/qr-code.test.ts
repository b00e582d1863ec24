/** The QR generator adapter (#18): a text becomes a square matrix, or null when it cannot fit. */
import { describe, expect, it } from 'vitest';
import { encodeQr } from '~/adapters/qr/qr-code';
import { QR_TEXT_LIMIT } from '~/domain/workshop/qr-parts';

describe('encodeQr', () => {
  it('draws a short text as a small code with its finder patterns', () => {
    const matrix = encodeQr('CRMS1.abc')!;
    expect(matrix.size).toBeGreaterThanOrEqual(21);
    // The top-left finder pattern: a dark corner module and a light ring inside it.
    expect(matrix.dark(0, 0)).toBe(true);
    expect(matrix.dark(1, 1)).toBe(false);
    expect(matrix.dark(3, 3)).toBe(true);
  });

  it('fits the longest text of one of our codes, at version 20 or below', () => {
    const matrix = encodeQr('x'.repeat(QR_TEXT_LIMIT))!;
    expect((matrix.size - 17) / 4).toBeLessThanOrEqual(20);
  });

  it('gives null for a text no QR code can hold', () => {
    expect(encodeQr('x'.repeat(5000))).toBeNull();
  });
});

/** A QR matrix drawn as an SVG image (#18). */
import { describe, expect, it } from 'vitest';
import { toQrDataUrl, toQrPath, toQrSvg, type QrMatrix } from '~/domain/workshop/qr-image';

/** A 3×3 matrix from rows of `#` (dark) and `.` (light). */
function matrixOf(rows: readonly string[]): QrMatrix {
  return { size: rows.length, dark: (x, y) => rows[y]?.charAt(x) === '#' };
}

describe('toQrPath', () => {
  it('draws each run of dark modules once, shifted by the quiet zone', () => {
    expect(toQrPath(matrixOf(['##.', '...', '.##']), 1)).toBe('M1 1h2v1h-2zM2 3h2v1h-2z');
    expect(toQrPath(matrixOf(['#.#', '...', '...']), 0)).toBe('M0 0h1v1h-1zM2 0h1v1h-1z');
    expect(toQrPath(matrixOf(['...', '...', '...']))).toBe('');
  });
});

describe('toQrSvg and toQrDataUrl', () => {
  it('draws black on a white square with a 4-module quiet zone by default', () => {
    const svg = toQrSvg(matrixOf(['#..', '...', '...']));
    expect(svg).toContain('viewBox="0 0 11 11"');
    expect(svg).toContain('<rect width="11" height="11" fill="#fff"/>');
    expect(svg).toContain('d="M4 4h1v1h-1z"');
    expect(toQrDataUrl(matrixOf(['#'])).startsWith('data:image/svg+xml,%3Csvg')).toBe(true);
  });
});

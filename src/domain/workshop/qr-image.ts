/**
 * A QR code's modules as an SVG image (#18): pure, so the same picture is drawn in the browser
 * and checked in Node. The matrix comes from the QR adapter (src/adapters/qr), which wraps the
 * generator library.
 */

/** A square QR matrix: `size` modules a side, `dark(x, y)` for each. */
export interface QrMatrix {
  readonly size: number;
  readonly dark: (x: number, y: number) => boolean;
}

/** The light margin around a code that readers need, in modules (the standard asks for 4). */
export const QUIET_ZONE = 4;

/**
 * The SVG path of the dark modules, one `h` run per row of adjacent dark modules, shifted by the
 * quiet zone: e.g. `M4 4h7v1h-7z…`.
 */
export function toQrPath(matrix: QrMatrix, quiet = QUIET_ZONE): string {
  const runs: string[] = [];
  for (let y = 0; y < matrix.size; y += 1) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.dark(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.dark(x, y)) x += 1;
      runs.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`);
    }
  }
  return runs.join('');
}

/** A whole SVG document of the code: black on white whatever the page's theme, as readers expect. */
export function toQrSvg(matrix: QrMatrix, quiet = QUIET_ZONE): string {
  const side = matrix.size + 2 * quiet;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${toQrPath(matrix, quiet)}"/></svg>`
  );
}

/** The SVG as a `data:` address for an `<img>` (allowed by the site's CSP for images). */
export function toQrDataUrl(matrix: QrMatrix, quiet = QUIET_ZONE): string {
  return `data:image/svg+xml,${encodeURIComponent(toQrSvg(matrix, quiet))}`;
}

/**
 * Reading a PDF back with poppler-utils (pdfinfo, pdftotext, pdfimages). When a tool is missing the
 * checks that need it are skipped with a loud warning — except under CI=true, where that fails.
 */
import { spawnSync } from 'node:child_process';

/** The poppler tools the PDF tests use. */
export type PopplerTool = 'pdfinfo' | 'pdftotext' | 'pdfimages' | 'pdftoppm';

/** Whether `tool` can be run here; under CI=true a missing tool throws instead. */
export function hasTool(tool: PopplerTool): boolean {
  const found = spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
  if (found) return true;
  const message = `${tool} (poppler-utils) is missing: install it with "apt-get install -y poppler-utils".`;
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING PDF CHECKS: ${message} ***\n`);
  return false;
}

/** Runs a poppler tool and returns its standard output; throws with its error output on failure. */
export function runTool(tool: PopplerTool, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || String(result.error)}`);
  }
  return result.stdout;
}

/** `pdfinfo` fields by name, e.g. `Pages`, `Title`, `Page size`. */
export function readInfo(file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of runTool('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined) fields[match[1].trim()] = match[2] ?? '';
  }
  return fields;
}

/** The text of each page (`pdftotext -layout`), split at form feeds. */
export function readPages(file: string): string[] {
  const text = runTool('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return text.split('\f').slice(0, -1);
}

/** The text in content-stream order (`pdftotext -raw`): a wrapped table cell stays in one piece. */
export function readRawText(file: string): string {
  return runTool('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
}

/** A word and its box in points, from `pdftotext -bbox`. */
export interface WordBox {
  readonly page: number;
  readonly word: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word's box, and each page's size, from `pdftotext -bbox`. */
export function readWordBoxes(file: string): {
  pages: { width: number; height: number }[];
  words: WordBox[];
} {
  const html = runTool('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const pages: { width: number; height: number }[] = [];
  const words: WordBox[] = [];
  const pattern =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(pattern)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else
      words.push({
        page: pages.length,
        word: m[7] ?? '',
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
  }
  return { pages, words };
}

/** One image `pdfimages -list` reports: its page, type (image, smask…), size and encoding. */
export interface ImageEntry {
  readonly page: number;
  readonly type: string;
  readonly width: number;
  readonly height: number;
  readonly encoding: string;
}

/** The images of a PDF, as `pdfimages -list` lists them. */
export function listImages(file: string): ImageEntry[] {
  return runTool('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 8)
    .map((cols) => ({
      page: Number(cols[0]),
      type: cols[2] ?? '',
      width: Number(cols[3]),
      height: Number(cols[4]),
      encoding: cols[8] ?? '',
    }));
}

/**
 * The board summary (#16) rendered with jsPDF's Node build and read back with poppler: exactly one
 * A4 page in English and Spanish, its headings and figures in the text, and a crowded plan (long
 * names, every KPI measured, every critical question a blocker) still on one page with "and N
 * more" lines. BOARD_PDF_DIR keeps the files there, to render them with pdftoppm and look.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBoardSummaryPdf } from '~/adapters/pdf/board-summary-pdf';
import type { BoardSummaryInput } from '~/domain/report/board-summary-document';
import { getStrings, type Lang } from '~/i18n';
import { getBoardInput, getCrowdedInput, LONG_NAME } from '../../domain/report/board-fixture';
import { hasTool, readInfo, readPages, readRawText } from './poppler';

const keep = process.env['BOARD_PDF_DIR'];
const dir = keep ?? mkdtempSync(join(tmpdir(), 'board-pdf-'));
if (keep) mkdirSync(keep, { recursive: true });
const canInfo = hasTool('pdfinfo');
const canText = hasTool('pdftotext');

/** Renders `input` in `lang` and writes it to `<dir>/<name>.pdf`. */
async function renderToFile(name: string, input: BoardSummaryInput, lang: Lang) {
  const { fileName, blob, level } = await renderBoardSummaryPdf(input, lang);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  console.info(`board summary ${name}: limits ${level}`);
  return { file, fileName, blob, level };
}

const CASES = {
  'en-progress': () => getBoardInput('en', { progress: true, runs: 3 }),
  'es-progress': () => getBoardInput('es', { progress: true, runs: 3 }),
  'en-first-run': () => getBoardInput('en'),
  'es-crowded': () => getCrowdedInput('es'),
  'en-crowded': () => getCrowdedInput('en'),
  'en-absurd': () => {
    const crowded = getCrowdedInput('en');
    const long = `${LONG_NAME} `.repeat(12);
    return { ...crowded, assessment: { ...crowded.assessment, organization: long, name: long } };
  },
} as const;
type CaseName = keyof typeof CASES;

const files = {} as Record<CaseName, Awaited<ReturnType<typeof renderToFile>>>;

beforeAll(async () => {
  for (const [name, make] of Object.entries(CASES) as [CaseName, () => BoardSummaryInput][]) {
    files[name] = await renderToFile(name, make(), name.startsWith('es') ? 'es' : 'en');
  }
}, 60_000);

afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

describe('renderBoardSummaryPdf', () => {
  it('keeps the roomiest limits when they fit, and tightens them for a crowded plan', () => {
    expect(files['en-first-run'].level).toBe(0);
    expect(files['en-crowded'].level).toBeGreaterThan(0);
  });

  it('returns a PDF named after the organization and the day', () => {
    expect(files['en-progress'].blob.type).toBe('application/pdf');
    expect(files['en-progress'].fileName).toBe('crm-board-summary-perez-hijos-s-l-2027-06-10.pdf');
    expect(files['en-first-run'].fileName).toBe('crm-board-summary-perez-hijos-s-l-2027-03-14.pdf');
  });
});

describe.skipIf(!canInfo)('the file read back with pdfinfo', () => {
  it.each(Object.keys(CASES) as CaseName[])('%s is exactly one A4 page', (name) => {
    const info = readInfo(files[name].file);
    expect(info['Pages']).toBe('1');
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('carries the title and language of the summary', () => {
    expect(readInfo(files['es-progress'].file)['Title']).toBe(
      'Resumen para la dirección · Pérez & Hijos, S.L.',
    );
  });
});

describe.skipIf(!canText)('the text read back with pdftotext', () => {
  it.each<[CaseName, Lang]>([
    ['en-progress', 'en'],
    ['es-progress', 'es'],
  ])('%s shows every part of the summary in its language', (name, lang) => {
    const t = getStrings(lang).report;
    const text = readRawText(files[name].file).replace(/\s+/g, ' ');
    for (const words of [
      t.boardTitle,
      t.index,
      t.verdict,
      t.boardTrend,
      t.blockersHeading,
      t.boardGapsHeading,
      t.boardPlanHeading,
      t.colStatusLate,
      t.boardGapsHeading,
      t.boardKpisHeading,
      t.trackOn,
      t.trackOff,
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Pérez & Hijos, S.L.');
  });

  it('names the late initiatives and the KPIs off track', () => {
    const text = readRawText(files['en-progress'].file).replace(/\s+/g, ' ');
    expect(text).toContain('Redesign processes before automating them');
    expect(text).toContain('Duplicate record rate');
    expect(text).toContain('+13 points');
  });

  it('says the trend starts with the next run when there is only one', () => {
    const text = readRawText(files['en-first-run'].file).replace(/\s+/g, ' ');
    expect(text).toContain(getStrings('en').report.boardTrendOne);
  });

  it.each<[CaseName, string]>([
    ['en-crowded', 'more.'],
    ['es-crowded', 'más.'],
  ])('%s cuts long names and lists, saying how many were left out', (name, more) => {
    const [page] = readPages(files[name].file);
    const text = (page ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(more);
    expect(text).not.toContain(LONG_NAME);
    expect(text).toContain('…');
  });
});

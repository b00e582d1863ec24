/**
 * The full report's progress section (#16) in the PDF, read back with pdftotext: its heading and a
 * late initiative's name in both languages when the plan has progress, and no such section when it
 * has none. BOARD_PDF_DIR keeps the files there, to render them with pdftoppm and look.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '~/adapters/pdf/render-report-pdf';
import { buildReportDocument } from '~/domain/report/build-report-document';
import { getStrings, type Lang } from '~/i18n';
import { KPI_FIGURES, LATER, PROGRESS, withPlan } from '../../domain/report/board-fixture';
import { getReportInput } from '../../domain/report/report-fixture';
import { hasTool, readRawText } from './poppler';

const keep = process.env['BOARD_PDF_DIR'];
const dir = keep ?? mkdtempSync(join(tmpdir(), 'report-progress-'));
if (keep) mkdirSync(keep, { recursive: true });
const canText = hasTool('pdftotext');

/** The text of the report in `lang`, with or without progress, as pdftotext reads it. */
async function reportText(lang: Lang, progress: boolean): Promise<string> {
  const assessment = progress ? withPlan({ progress: PROGRESS, ...KPI_FIGURES }) : undefined;
  const doc = buildReportDocument({ ...getReportInput(lang, assessment), now: LATER });
  const file = join(dir, `report-${lang}-${progress ? 'progress' : 'plain'}.pdf`);
  writeFileSync(file, new Uint8Array(await (await renderReportPdf(doc)).arrayBuffer()));
  return readRawText(file).replace(/\s+/g, ' ');
}

const texts: Record<string, string> = {};

beforeAll(async () => {
  if (!canText) return;
  texts['en'] = await reportText('en', true);
  texts['es'] = await reportText('es', true);
  texts['plain'] = await reportText('en', false);
}, 120_000);

afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!canText)('the progress section of the PDF report', () => {
  it.each<[Lang, string]>([
    ['en', 'Redesign processes before automating them'],
    ['es', 'Rediseñar los procesos antes de automatizarlos'],
  ])('in %s shows its heading, a late initiative and the KPIs off track', (lang, late) => {
    const t = getStrings(lang).report;
    const text = texts[lang] ?? '';
    expect(text).toContain(t.progressHeading);
    expect(text).toContain(t.lateHeading);
    expect(text).toContain(late);
    expect(text).toContain(t.measurementsHeading);
    expect(text).toContain(t.trackOff);
  });

  it('is absent from a report whose plan has no progress', () => {
    const t = getStrings('en').report;
    expect(texts['plain']).toContain(t.kpisHeading);
    expect(texts['plain']).not.toContain(t.progressHeading);
  });
});

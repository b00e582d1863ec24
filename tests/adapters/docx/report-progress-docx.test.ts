/**
 * The progress section (#16) in the Word report: it is made of the report's ordinary blocks, so
 * the .docx draws it as it draws the rest; read back from the file's XML in both languages.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '~/adapters/docx/render-report-docx';
import { buildReportDocument } from '~/domain/report/build-report-document';
import { getStrings, type Lang } from '~/i18n';
import { makePngLogo } from '../../fixtures/report/logos';
import { KPI_FIGURES, LATER, PROGRESS, withPlan } from '../../domain/report/board-fixture';
import { getReportInput } from '../../domain/report/report-fixture';
import { unescapeXml } from '../../domain/report/xml-check';

/** The text of the Word report's main part, with `progress` or without. */
async function documentText(lang: Lang, progress: boolean): Promise<string> {
  const assessment = progress ? withPlan({ progress: PROGRESS, ...KPI_FIGURES }) : undefined;
  const doc = buildReportDocument({ ...getReportInput(lang, assessment), now: LATER });
  const png = makePngLogo(4, 3).bytes;
  const blob = await renderReportDocx(doc, { toPng: () => Promise.resolve(png) });
  const parts = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  return unescapeXml(xml.replace(/<[^>]+>/g, ''));
}

describe('the progress section of the Word report', () => {
  it.each<[Lang, string]>([
    ['en', 'Redesign processes before automating them'],
    ['es', 'Rediseñar los procesos antes de automatizarlos'],
  ])(
    'in %s has its heading, a late initiative and the KPI status',
    async (lang, late) => {
      const t = getStrings(lang).report;
      const text = await documentText(lang, true);
      expect(text).toContain(t.progressHeading);
      expect(text).toContain(t.lateHeading);
      expect(text).toContain(late);
      expect(text).toContain(t.trackOff);
    },
    60_000,
  );

  it('is absent when the plan has no progress', async () => {
    const text = await documentText('en', false);
    expect(text).toContain(getStrings('en').report.kpisHeading);
    expect(text).not.toContain(getStrings('en').report.progressHeading);
  }, 60_000);
});

/**
 * A heading, its short introduction and the table (or chart) they introduce stay on one page,
 * wherever the page ends, and a short table is never split: swept over every position near the
 * foot of a page. Read back with poppler.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '~/adapters/pdf/render-report-pdf';
import type { ReportBlock, ReportDocument } from '~/domain/report/report-document';
import { buildEnglishReport } from '../../fixtures/report/spanish-report';
import { hasTool, readPages } from './poppler';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-keep-'));
const canText = hasTool('pdftotext');

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `filler` one-line paragraphs, then a heading, a two-line introduction and a table. */
function documentWith(filler: number): ReportDocument {
  const blocks: ReportBlock[] = [
    ...Array.from({ length: filler }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Filler line ${i + 1}.`,
    })),
    { kind: 'heading', level: 2, text: 'Most disputed questions' },
    {
      kind: 'paragraph',
      tone: 'muted',
      text: 'The questions the participants disagreed on most, weighted by how much each question counts, with what the team agreed in the workshop.',
    },
    {
      kind: 'table',
      columns: [{ header: 'No.' }, { header: 'Question', width: 4 }],
      rows: Array.from({ length: 6 }, (_, i) => [String(i + 1), `Row ${i + 1} of the table`]),
    },
  ];
  return { ...buildEnglishReport(), sections: [{ id: 'keep', blocks }] };
}

describe('keep with next', () => {
  it.skipIf(!canText)(
    'never leaves a heading and its introduction at a page foot without their table, nor splits a short table',
    async () => {
      const parted: number[] = [];
      const split: number[] = [];
      // One-line paragraphs take about 8 mm: 20 to 70 of them walk the feet of two pages.
      for (let filler = 20; filler <= 70; filler += 1) {
        const file = join(dir, `keep-${filler}.pdf`);
        const blob = await renderReportPdf(documentWith(filler));
        writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
        const page = readPages(file).find((p) => p.includes('Most disputed questions')) ?? '';
        if (!page.includes('Row 1 of the table')) parted.push(filler);
        // A table this short moves whole rather than leave its last rows on the next page.
        if (!page.includes('Row 6 of the table')) split.push(filler);
      }
      expect(parted).toEqual([]);
      expect(split).toEqual([]);
    },
    60_000,
  );
});

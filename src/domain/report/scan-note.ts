/**
 * A quick scan's report says so at the top of its executive summary, with how many of the
 * questions it asked (#13): its scores cover those questions only.
 */
import { fill, paragraph, type ReportContext } from './report-context';
import type { ReportSection } from './report-document';

/** Returns the summary with the quick-scan line after its heading; unchanged for a full assessment. */
export function withScanNote(summary: ReportSection, c: ReportContext): ReportSection {
  const { scan } = c.input;
  if (!scan) return summary;
  const note = paragraph(fill(c.t.quickScan, { asked: scan.asked, total: scan.total }));
  const blocks = summary.blocks;
  return { ...summary, blocks: [...blocks.slice(0, 1), note, ...blocks.slice(1)] };
}

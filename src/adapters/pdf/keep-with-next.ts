/**
 * Keep-with-next: how much of the block after a heading must fit under it, so that a heading never
 * ends a page alone and a chart never starts on the page after its heading.
 */
import type { ReportBlock } from '../../domain/report/report-document';
import { barsHeight } from './bar-chart';
import { captionHeight } from './chart-legend';
import { GANTT_MIN_START } from './gantt-chart';
import { heatMapMinStart } from './heat-map';
import type { PdfContext } from './pdf-context';
import { radarHeight } from './radar-chart';
import { tableStartHeight } from './table-block';
import { paragraphHeight } from './text-blocks';
import { lineHeight, TYPE } from './text-style';

/** Room for a row of figures: label, big value and a two-line note. */
const FIGURES_ROW = 30;

/** Height in mm of the part of `next` that must share the page with the heading before it. */
export function keepHeight(ctx: PdfContext, next: ReportBlock | undefined): number {
  if (next === undefined) return 0;
  switch (next.kind) {
    case 'radar':
      return radarHeight(ctx, next);
    case 'bars':
      return barsHeight(ctx, next);
    case 'gantt':
      return captionHeight(ctx, next.caption) + GANTT_MIN_START;
    case 'heatmap':
      return heatMapMinStart(ctx, next);
    case 'table':
      return (
        (next.caption === undefined ? 0 : captionHeight(ctx, next.caption)) +
        tableStartHeight(ctx, next)
      );
    case 'figures':
      return FIGURES_ROW;
    case 'heading':
      return 2 * lineHeight(TYPE.h2) + 2 * lineHeight(TYPE.body);
    case 'paragraph':
    case 'bullets':
      return 2 * lineHeight(TYPE.lead);
    case 'page-break':
      return 0;
  }
}

/** Kinds that a short paragraph introduces and should not be parted from. */
const INTRODUCED = new Set<ReportBlock['kind']>(['table', 'heatmap', 'radar', 'bars', 'gantt']);
/** A paragraph up to this height (about five lines) keeps the block after it with the heading. */
const SHORT_PARAGRAPH = 25;

/**
 * What must share the page with a heading: the start of the next block; and when that block is a
 * short paragraph introducing a table or chart, the whole paragraph and the start of the table,
 * so that heading and introduction never end a page with their table on the next.
 */
export function keepHeightAfterHeading(
  ctx: PdfContext,
  next: ReportBlock | undefined,
  afterNext: ReportBlock | undefined,
): number {
  if (next?.kind !== 'paragraph' || afterNext === undefined || !INTRODUCED.has(afterNext.kind)) {
    return keepHeight(ctx, next);
  }
  const intro = paragraphHeight(ctx, next);
  if (intro > SHORT_PARAGRAPH) return keepHeight(ctx, next);
  return intro + keepHeight(ctx, afterNext);
}

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
import { TABLE_MIN_START } from './table-block';
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
      return (next.caption === undefined ? 0 : captionHeight(ctx, next.caption)) + TABLE_MIN_START;
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

/**
 * The report's blocks as Word content: headings with Heading 1–3 styles, paragraphs with their
 * tones, bullet lists, figures and tables as real tables (the header row repeats on every page),
 * heat maps as tables of shaded cells that keep their text, charts as pictures with alt text.
 */
import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { ReportBlock, ReportColumn } from '../../domain/report/report-document';
import { COLOR, CONTENT_WIDTH, IMAGE_BOX, readableOn, toDocxColor, toDocxText } from './docx-style';

/** A chart already turned into a PNG, with its size in CSS pixels. */
export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** What a block becomes in the document body. */
export type BodyChild = Paragraph | Table;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Text runs for `text`, a line break where the text has a newline. */
export function toRuns(text: string, style: RunStyle = {}): TextRun[] {
  return toDocxText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, break: i === 0 ? 0 : 1 }));
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const TONES: Record<string, RunStyle> = {
  lead: { size: 25 },
  muted: { color: COLOR.muted },
  danger: { color: COLOR.danger, bold: true },
};

function caption(text: string, breakBefore: boolean): Paragraph {
  return new Paragraph({
    pageBreakBefore: breakBefore,
    keepNext: true,
    children: toRuns(text, { bold: true, size: 19, color: COLOR.muted }),
  });
}

function cell(
  text: string,
  options: {
    bold?: boolean;
    fill?: string;
    right?: boolean;
    width?: number | undefined;
  },
) {
  const color = options.fill === undefined ? COLOR.text : readableOn(options.fill);
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.right === true ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: toRuns(text, { bold: options.bold === true, color }),
      }),
    ],
    ...(options.fill === undefined
      ? {}
      : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } }),
    ...(options.width === undefined ? {} : { width: { size: options.width, type: WidthType.DXA } }),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** Column widths in twips, shared out of the content width by the columns' relative weights. */
export function toColumnWidths(weights: readonly (number | undefined)[]): number[] {
  const safe = weights.map((w) => (w !== undefined && Number.isFinite(w) && w > 0 ? w : 1));
  const total = safe.reduce((sum, w) => sum + w, 0);
  return safe.map((w) => Math.floor((CONTENT_WIDTH * w) / total));
}

function table(widths: number[], header: TableRow, rows: TableRow[]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

function headerRow(headers: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) =>
      cell(h, { bold: true, fill: COLOR.headerFill, width: widths[i] }),
    ),
  });
}

function dataTable(columns: readonly ReportColumn[], rows: readonly (readonly string[])[]): Table {
  const widths = toColumnWidths(columns.map((c) => c.width));
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, i) =>
          cell(row[i] ?? '', { right: column.align === 'right', width: widths[i] }),
        ),
      }),
  );
  return table(
    widths,
    headerRow(
      columns.map((c) => c.header),
      widths,
    ),
    body,
  );
}

function figures(block: Extract<ReportBlock, { kind: 'figures' }>): Table {
  const widths = toColumnWidths([3, 2, 5]);
  const rows = block.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(item.label, { width: widths[0] }),
          cell(item.value, { bold: true, width: widths[1] }),
          cell(item.note ?? '', { width: widths[2] }),
        ],
      }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows,
  });
}

function heatmap(block: Extract<ReportBlock, { kind: 'heatmap' }>): BodyChild[] {
  const widths = toColumnWidths([3, ...block.columns.map(() => 2)]);
  const body = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(row.label, { width: widths[0] }),
          ...block.columns.map((_, i) => {
            const c = row.cells[i];
            if (!c) return cell('', { width: widths[i + 1] });
            const text = c.note === undefined ? c.text : `${c.text}\n${c.note}`;
            return cell(text, { fill: toDocxColor(c.fill), width: widths[i + 1] });
          }),
        ],
      }),
  );
  const headers = [block.rowHeader, ...block.columns.map((c) => c.header)];
  const legendWidths = toColumnWidths(block.legend.map(() => 1));
  const legend = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: legendWidths,
    rows: [
      new TableRow({
        children: block.legend.map((item, i) =>
          cell(item.label, { fill: toDocxColor(item.fill), width: legendWidths[i] }),
        ),
      }),
    ],
  });
  const note = block.legendNote === undefined ? [] : [paragraph(block.legendNote, 'muted')];
  return [table(widths, headerRow(headers, widths), body), spacer(), legend, ...note];
}

function paragraph(text: string, tone: string | undefined, breakBefore = false): Paragraph {
  return new Paragraph({
    pageBreakBefore: breakBefore,
    children: toRuns(text, tone === undefined ? {} : TONES[tone]),
  });
}

/** An empty paragraph that starts a new page, before a block that has no text of its own to do it. */
function pageTop(breakBefore: boolean): Paragraph[] {
  return breakBefore ? [new Paragraph({ pageBreakBefore: true, children: [] })] : [];
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}

/** The size of a `width` × `height` picture fitted into the page's picture box. */
export function fitImage(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, IMAGE_BOX.width / width, IMAGE_BOX.height / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

function chart(text: string, image: ChartImage): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: fitImage(image.width, image.height),
        altText: { name: toDocxText(text), title: toDocxText(text), description: toDocxText(text) },
      }),
    ],
  });
}

/**
 * The document content for one block; `breakBefore` starts it on a new page, `image` is the chart
 * picture of a chart block. A page-break block gives nothing: the caller breaks before the next.
 */
export function toBodyChildren(
  block: ReportBlock,
  breakBefore: boolean,
  image: ChartImage | undefined,
): BodyChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: breakBefore,
          children: toRuns(block.text),
        }),
      ];
    case 'paragraph':
      return [paragraph(block.text, block.tone, breakBefore)];
    case 'bullets':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            bullet: { level: 0 },
            pageBreakBefore: breakBefore && i === 0,
            children: toRuns(item, block.tone === undefined ? {} : TONES[block.tone]),
          }),
      );
    case 'figures':
      return [...pageTop(breakBefore), figures(block), spacer()];
    case 'table':
      return [
        ...(block.caption === undefined
          ? pageTop(breakBefore)
          : [caption(block.caption, breakBefore)]),
        dataTable(block.columns, block.rows),
        spacer(),
      ];
    case 'heatmap':
      return [caption(block.caption, breakBefore), ...heatmap(block)];
    case 'radar':
    case 'bars':
    case 'gantt':
      return [caption(block.caption, breakBefore), ...(image ? [chart(block.caption, image)] : [])];
    case 'page-break':
      return [];
  }
}

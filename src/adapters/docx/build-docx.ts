/**
 * Builds the Word document of a ReportDocument: a cover page, then the table of contents and the
 * sections (each on a new page unless it continues the previous one, as in the PDF), with the
 * running header and "Page n of m" in the footer. Loaded lazily with the docx library.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { toChartSvg } from '../../domain/report/chart-svg';
import type { ReportBlock, ReportCover, ReportDocument } from '../../domain/report/report-document';
import { toBodyChildren, toRuns, type BodyChild, type ChartImage } from './docx-blocks';
import { COLOR, getStyles, PAGE, toDocxText } from './docx-style';
import type { ToPng } from './render-report-docx';

const PAGE_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
  },
} as const;

/** Every chart of the report as a PNG, keyed by its block; drawn side by side (the browser encodes PNGs off the main thread). */
async function rasteriseCharts(doc: ReportDocument, toPng: ToPng) {
  const charts = doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((block) => {
      const chart = toChartSvg(block);
      return chart ? [{ block, chart }] : [];
    });
  const pngs = await Promise.all(
    charts.map(({ chart }) => toPng(chart.svg, chart.width, chart.height)),
  );
  return new Map<ReportBlock, ChartImage>(
    charts.map(({ block, chart }, i) => [
      block,
      { png: pngs[i] ?? new Uint8Array(), width: chart.width, height: chart.height },
    ]),
  );
}

function coverLine(text: string, size: number, options: { bold?: boolean; color?: string } = {}) {
  return new Paragraph({ spacing: { after: 160 }, children: toRuns(text, { size, ...options }) });
}

function coverChildren(cover: ReportCover): Paragraph[] {
  const logo = cover.logo;
  const logoParagraphs = logo
    ? [
        new Paragraph({
          spacing: { after: 480 },
          children: [
            new ImageRun({
              type: logo.format === 'PNG' ? 'png' : 'jpg',
              data: logo.bytes,
              transformation: fitLogo(logo.width, logo.height),
              altText: { name: 'Logo', title: 'Logo', description: toDocxText(cover.organization) },
            }),
          ],
        }),
      ]
    : [];
  return [
    ...logoParagraphs,
    new Paragraph({ heading: 'Title', spacing: { before: 1200 }, children: toRuns(cover.title) }),
    coverLine(cover.subtitle, 26, { color: COLOR.muted }),
    new Paragraph({ spacing: { before: 1200 }, children: [] }),
    coverLine(cover.organization, 32, { bold: true }),
    coverLine(cover.assessmentName, 26),
    coverLine(cover.date, 24, { color: COLOR.muted }),
    ...(cover.assessedBy === null ? [] : [coverLine(cover.assessedBy, 24, { color: COLOR.muted })]),
  ];
}

/** A logo fitted into a 240 × 120 px box, keeping its shape. */
export function fitLogo(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(240 / Math.max(width, 1), 120 / Math.max(height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** The footer's runs: the page label with its `{page}` and `{pages}` as Word page fields. */
export function pageLabelRuns(template: string): TextRun[] {
  const style = { size: 16, color: COLOR.muted };
  return toDocxText(template)
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}'
        ? new TextRun({ ...style, children: [PageNumber.CURRENT] })
        : part === '{pages}'
          ? new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] })
          : new TextRun({ ...style, text: part }),
    );
}

function bodyChildren(doc: ReportDocument, images: Map<ReportBlock, ChartImage>): BodyChild[] {
  const children: BodyChild[] = [];
  for (const section of doc.sections) {
    let breakBefore = section.continues !== true;
    for (const block of section.blocks) {
      const made = toBodyChildren(block, breakBefore, images.get(block));
      children.push(...made);
      // A page-break block (or a section start) breaks before the next block that writes something.
      breakBefore = block.kind === 'page-break' || (breakBefore && made.length === 0);
    }
  }
  return children;
}

/** The Word document of `doc`; its charts are drawn as PNG pictures by `toPng`. */
export async function buildDocx(
  doc: ReportDocument,
  toPng: ToPng,
  contentsTitle: string,
): Promise<Document> {
  const images = await rasteriseCharts(doc, toPng);
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: toRuns(doc.header, { size: 16, color: COLOR.muted }),
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: pageLabelRuns(doc.pageLabel) }),
    ],
  });
  return new Document({
    title: toDocxText(doc.title),
    creator: toDocxText(doc.author),
    subject: toDocxText(`${doc.cover.organization} · ${doc.cover.assessmentName}`),
    // Word asks to update the fields on opening, which numbers the pages of the contents.
    features: { updateFields: true },
    styles: getStyles(doc.lang),
    sections: [
      { properties: PAGE_PROPERTIES, children: coverChildren(doc.cover) },
      {
        properties: PAGE_PROPERTIES,
        headers: { default: header },
        footers: { default: footer },
        children: [
          new Paragraph({
            children: toRuns(contentsTitle, { size: 34, bold: true, color: COLOR.accent }),
          }),
          new TableOfContents(toDocxText(contentsTitle), {
            hyperlink: true,
            headingStyleRange: '1-3',
          }),
          ...bodyChildren(doc, images),
        ],
      },
    ],
  });
}

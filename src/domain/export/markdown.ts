/**
 * "Copy as Markdown": the executive summary, the plan and the KPIs of the report, as CommonMark
 * with GitHub-style pipe tables, for Confluence, Notion, a wiki or an e-mail. Charts are left out
 * (the plan's tables say what the timeline shows).
 */
import type { ReportBlock, ReportDocument } from '../report/report-document';

/** The report sections copied, in this order. */
export const MARKDOWN_SECTIONS = ['summary', 'roadmap', 'kpis'] as const;

/** Media type of a downloaded `.md` file. */
export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

/** Surrogates that are not part of a pair: no clipboard or file can carry them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters that mean something anywhere in a line of Markdown. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;

/** Marks that make a line a heading, quote, list item or setext underline. */
const LINE_START_MARK = /^(\s*)([#>+\-=])/;

/** Digits and a `.` or `)` that make a line an ordered list item. */
const LINE_START_NUMBER = /^(\s*\d+)([.)])(?=\s|$)/;

/**
 * Escapes text so that Markdown shows it as it is: emphasis, code, links, HTML, table pipes and
 * strikethrough characters get a backslash, as do the marks that would make a line a heading,
 * quote or list item. Lone surrogates become U+FFFD.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SPECIAL, (char) => `\\${char}`)
        .replace(LINE_START_MARK, '$1\\$2')
        .replace(LINE_START_NUMBER, '$1\\$2'),
    )
    .join('\n');
}

/** A table cell: escaped, on one line (a pipe table row cannot break). */
export function escapeCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/^\s+|\s+$/g, '');
}

/** A paragraph or list item: escaped, its line breaks kept as hard breaks. */
function escapeBlock(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\n/g, '  \n');
}

/** A pipe table; every row has the header's number of cells. */
function toTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const row = (cells: readonly string[]) =>
    `| ${header.map((_, i) => escapeCell(cells[i] ?? '') || ' ').join(' | ')} |`;
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row)];
}

/** One block as Markdown lines; charts and page breaks give none. */
function toLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${escapeCell(block.text)}`];
    case 'paragraph':
      return [escapeBlock(block.text)];
    case 'bullets':
      return block.items.map((item) => `- ${escapeBlock(item).replace(/\n/g, '\n  ')}`);
    case 'figures':
      return block.items.map((item) => {
        const note = item.note ? ` — ${escapeCell(item.note)}` : '';
        return `- **${escapeCell(item.label)}:** ${escapeCell(item.value)}${note}`;
      });
    case 'table':
      return [
        ...(block.caption ? [`**${escapeCell(block.caption)}**`, ''] : []),
        ...toTable(
          block.columns.map((c) => c.header),
          block.rows,
        ),
      ];
    default:
      return [];
  }
}

/**
 * The summary, plan and KPI sections of a report as Markdown, under a title made of the cover's
 * title and organization, in the report's language.
 */
export function toMarkdown(report: ReportDocument): string {
  const title = `# ${escapeCell(report.cover.title)}: ${escapeCell(report.cover.organization)}`;
  const sections = MARKDOWN_SECTIONS.flatMap((id) =>
    report.sections.filter((section) => section.id === id),
  );
  const blocks = sections
    .flatMap((section) => section.blocks.map(toLines))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'));
  return [title, escapeCell(report.cover.date), ...blocks].join('\n\n') + '\n';
}

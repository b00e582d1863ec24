/** Queries on a built report, for the tests: sections by id, blocks by kind, what follows a heading. */
import type { ReportBlock, ReportDocument, ReportSection } from '~/domain/report/report-document';

/** One kind of block. */
export type BlockOf<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>;

/** The section with `id`; throws when the report has none. */
export function section(doc: ReportDocument, id: string): ReportSection {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`The report has no "${id}" section.`);
  return found;
}

/** The blocks of one kind in a section, in order. */
export function blocksOf<K extends ReportBlock['kind']>(s: ReportSection, kind: K): BlockOf<K>[] {
  return s.blocks.filter((b): b is BlockOf<K> => b.kind === kind);
}

/** The index of the first block after the heading with `text`; throws when there is none. */
export function afterHeading(s: ReportSection, text: string): number {
  const at = s.blocks.findIndex((b) => b.kind === 'heading' && b.text === text);
  if (at < 0) throw new Error(`No heading "${text}" in section "${s.id}".`);
  return at + 1;
}

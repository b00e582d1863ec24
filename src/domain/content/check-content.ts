/**
 * Checks that no single-entry schema can make: ids unique across files, file names matching ids,
 * retired ids never reused. Each problem names the file and the field, so the build message says
 * exactly where to look.
 */
import type { Dimension, Meta } from '../schemas/content';

/** One problem found in the content, with where it is. */
export interface ContentIssue {
  /** Path of the file from the project root, e.g. `content/dimensions/strategy.yaml`. */
  readonly file: string;
  /** The field inside the file, e.g. `questions[2].id`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** A parsed content file and where it came from. */
export interface Sourced<T> {
  readonly file: string;
  readonly data: T;
}

/** The content that cross-references are checked over. */
export interface LoadedContent {
  readonly meta: Sourced<Meta>;
  readonly dimensions: readonly Sourced<Dimension>[];
}

/** Returns the base name of a file without its extension: `content/dimensions/strategy.yaml` → `strategy`. */
export function getFileStem(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]+$/, '');
}

/** Finds every cross-file problem; an empty list means the content holds together. */
export function checkContent(content: LoadedContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const retired = new Set(content.meta.data.retiredIds);
  const dimensionFiles = new Map<string, string>();
  const orderFiles = new Map<number, string>();
  const questionFiles = new Map<string, string>();

  for (const { file, data } of content.dimensions) {
    if (getFileStem(file) !== data.id) {
      issues.push({ file, path: 'id', message: `the id "${data.id}" must equal the file name "${getFileStem(file)}"` });
    }
    const sameId = dimensionFiles.get(data.id);
    if (sameId) issues.push({ file, path: 'id', message: `dimension id "${data.id}" is already used in ${sameId}` });
    dimensionFiles.set(data.id, file);

    const sameOrder = orderFiles.get(data.order);
    if (sameOrder) issues.push({ file, path: 'order', message: `order ${data.order} is already used in ${sameOrder}` });
    orderFiles.set(data.order, file);

    if (retired.has(data.id)) issues.push({ file, path: 'id', message: `"${data.id}" is a retired id (content/meta.yaml) and cannot be reused` });

    data.questions.forEach((question, i) => {
      const path = `questions[${i}].id`;
      const other = questionFiles.get(question.id);
      if (other && other !== file) {
        issues.push({ file, path, message: `question id "${question.id}" is already used in ${other}` });
      }
      questionFiles.set(question.id, file);
      if (retired.has(question.id)) {
        issues.push({ file, path, message: `"${question.id}" is a retired id (content/meta.yaml) and cannot be reused` });
      }
    });
  }
  return issues;
}

/** Formats issues as one readable block, one line each: `file → path: message`. */
export function formatContentIssues(issues: readonly ContentIssue[]): string {
  return issues
    .map((issue) => `  ${issue.file}${issue.path ? ` → ${issue.path}` : ''}: ${issue.message}`)
    .join('\n');
}

/**
 * Cross-file rules of the quick scan (`content/quick-scan.yaml`) that its schema cannot see: every
 * id names a question of the questionnaire, every critical question is in it (a gate left out would
 * let a quick scan say "ready" over a blocker), and every area has at least one question. The rule on
 * critical questions is generic on purpose: a critical question added later fails the build until the
 * quick scan lists it.
 */
import type { Dimension, QuickScan } from '../schemas/content';
import type { ContentIssue, Sourced } from './check-content';

/** Finds every problem of the quick scan against the dimensions; an empty list means it is sound. */
export function checkQuickScan(
  quickScan: Sourced<QuickScan>,
  dimensions: readonly Sourced<Dimension>[],
): ContentIssue[] {
  const { file, data } = quickScan;
  const listed = new Set(data.questions);
  const known = new Set(dimensions.flatMap((d) => d.data.questions.map((q) => q.id)));
  const issues: ContentIssue[] = [];
  data.questions.forEach((id, i) => {
    if (!known.has(id)) {
      issues.push({ file, path: `questions[${i}]`, message: `unknown question "${id}"` });
    }
  });
  for (const { file: source, data: dimension } of dimensions) {
    for (const question of dimension.questions) {
      if (question.critical && !listed.has(question.id)) {
        issues.push({
          file,
          path: 'questions',
          message: `the critical question "${question.id}" (${source}) is missing: every critical question belongs in the quick scan`,
        });
      }
    }
    if (!dimension.questions.some((q) => listed.has(q.id))) {
      issues.push({
        file,
        path: 'questions',
        message: `the area "${dimension.id}" (${source}) has no question in the quick scan: add its most telling one`,
      });
    }
  }
  return issues;
}

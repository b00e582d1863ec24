/**
 * Checks that no single-entry schema can make: ids unique across files, file names matching ids,
 * retired ids never reused. Each problem names the file and the field, so the build message says
 * exactly where to look.
 */
import type { Criterion, Dimension, Initiative, Kpi, Meta, Profile, QuickScan } from '../schemas/content';
import { checkQuickScan } from './check-quick-scan';

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
  readonly initiatives?: readonly Sourced<Initiative>[];
  readonly kpis?: readonly Sourced<Kpi>[];
  readonly criteria?: readonly Sourced<Criterion>[];
  readonly profile?: Sourced<Profile>;
  readonly quickScan?: Sourced<QuickScan>;
}

/** Returns the base name of a file without its extension: `content/dimensions/strategy.yaml` → `strategy`. */
export function getFileStem(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
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
  issues.push(...checkLibrary(content, new Set(dimensionFiles.keys()), new Set(questionFiles.keys())));
  issues.push(...checkCriteria(content, new Set(dimensionFiles.keys())));
  if (content.quickScan) issues.push(...checkQuickScan(content.quickScan, content.dimensions));
  return issues;
}

/** Ids unique and matching their files, and not retired; returns the set of ids. */
function checkIds(
  entries: readonly Sourced<{ id: string }>[],
  kind: string,
  retired: ReadonlySet<string>,
  issues: ContentIssue[],
): Set<string> {
  const seen = new Map<string, string>();
  for (const { file, data } of entries) {
    if (getFileStem(file) !== data.id) {
      issues.push({ file, path: 'id', message: `the id "${data.id}" must equal the file name "${getFileStem(file)}"` });
    }
    const other = seen.get(data.id);
    if (other) issues.push({ file, path: 'id', message: `${kind} id "${data.id}" is already used in ${other}` });
    if (retired.has(data.id)) {
      issues.push({ file, path: 'id', message: `"${data.id}" is a retired id (content/meta.yaml) and cannot be reused` });
    }
    seen.set(data.id, file);
  }
  return new Set(seen.keys());
}

/** Initiatives reference existing dimensions, questions, KPIs and initiatives, without cycles. */
function checkLibrary(
  content: LoadedContent,
  dimensionIds: ReadonlySet<string>,
  questionIds: ReadonlySet<string>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const retired = new Set(content.meta.data.retiredIds);
  const initiatives = content.initiatives ?? [];
  const kpiIds = checkIds(content.kpis ?? [], 'KPI', retired, issues);
  const initiativeIds = checkIds(initiatives, 'initiative', retired, issues);
  for (const { file, data } of initiatives) {
    if (!dimensionIds.has(data.dimension)) {
      issues.push({ file, path: 'dimension', message: `unknown dimension "${data.dimension}"` });
    }
    data.triggers.forEach((trigger, i) => {
      if (!questionIds.has(trigger.question)) {
        issues.push({ file, path: `triggers[${i}].question`, message: `unknown question "${trigger.question}"` });
      }
    });
    data.kpis.forEach((kpi, i) => {
      if (!kpiIds.has(kpi)) issues.push({ file, path: `kpis[${i}]`, message: `unknown KPI "${kpi}"` });
    });
    data.dependsOn.forEach((dependency, i) => {
      if (!initiativeIds.has(dependency)) {
        issues.push({ file, path: `dependsOn[${i}]`, message: `unknown initiative "${dependency}"` });
      }
    });
  }
  const cycle = findDependencyCycle(initiatives.map((i) => ({ ...i.data, file: i.file })));
  if (cycle) {
    const ids = cycle.map((node) => node.id);
    issues.push({ file: cycle[0].file, path: 'dependsOn', message: `dependency cycle: ${ids.join(' → ')}` });
  }
  return issues;
}

/** Criteria ids are sound, and their weight adjustments name real profile options and dimensions. */
function checkCriteria(content: LoadedContent, dimensionIds: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const criteria = content.criteria ?? [];
  checkIds(criteria, 'criterion', new Set(content.meta.data.retiredIds), issues);
  const fields = new Map((content.profile?.data.fields ?? []).map((f) => [f.id, new Set(f.options.map((o) => o.id))]));
  for (const { file, data } of criteria) {
    data.adjustments.forEach((a, i) => {
      if (a.dimension !== undefined && !dimensionIds.has(a.dimension)) {
        issues.push({ file, path: `adjustments[${i}].dimension`, message: `unknown dimension "${a.dimension}"` });
      }
      if (a.profile === undefined || !content.profile) return;
      const options = fields.get(a.profile);
      if (!options) {
        issues.push({ file, path: `adjustments[${i}].profile`, message: `unknown profile field "${a.profile}"` });
        return;
      }
      (a.in ?? []).forEach((option, j) => {
        if (!options.has(option)) {
          issues.push({ file, path: `adjustments[${i}].in[${j}]`, message: `"${a.profile}" has no option "${option}"` });
        }
      });
    });
  }
  return issues;
}

/** A node of a dependency graph: an id and the ids it depends on. */
interface DependencyNode {
  readonly id: string;
  readonly dependsOn: readonly string[];
}

/**
 * Returns one dependency cycle as its nodes, the first one repeated at the end, or null.
 * Ids that name no node (reported elsewhere as unknown) are not followed.
 */
export function findDependencyCycle<T extends DependencyNode>(nodes: readonly T[]): [T, ...T[]] | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: T[] = [];
  const visit = (id: string): [T, ...T[]] | null => {
    const node = byId.get(id);
    if (node === undefined || state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [node, ...path.slice(path.indexOf(node) + 1), node];
    state.set(id, 'visiting');
    path.push(node);
    for (const next of node.dependsOn) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const node of nodes) {
    const found = visit(node.id);
    if (found) return found;
  }
  return null;
}

/** Formats issues as one readable block, one line each: `file → path: message`. */
export function formatContentIssues(issues: readonly ContentIssue[]): string {
  return issues
    .map((issue) => `  ${issue.file}${issue.path ? ` → ${issue.path}` : ''}: ${issue.message}`)
    .join('\n');
}

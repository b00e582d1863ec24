/**
 * Reads every file in `content/` with the real schemas and the cross-reference checks, at build
 * start (see astro.config.mjs) and in the content tests. Node only: it reads the file system.
 * Astro's own collection loading validates each entry again; this check exists so that a broken
 * file stops the build with one message naming the file and the field, before anything else runs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
  CriterionSchema,
  DecisionSchema,
  DimensionSchema,
  InitiativeSchema,
  KpiSchema,
  MetaSchema,
  ProfileSchema,
  QuickScanSchema,
  type Criterion,
  type Decision,
  type Dimension,
  type Initiative,
  type Kpi,
  type Meta,
  type Profile,
  type QuickScan,
} from '../domain/schemas/content';
import {
  checkContent,
  formatContentIssues,
  type ContentIssue,
  type Sourced,
} from '../domain/content/check-content';

/** What reading the content folder gives: the parsed files and every problem found. */
export interface ContentCheckResult {
  readonly issues: readonly ContentIssue[];
  readonly meta: Sourced<Meta> | null;
  readonly profile: Sourced<Profile> | null;
  readonly dimensions: readonly Sourced<Dimension>[];
  readonly initiatives: readonly Sourced<Initiative>[];
  readonly kpis: readonly Sourced<Kpi>[];
  readonly criteria: readonly Sourced<Criterion>[];
  readonly decision: Sourced<Decision> | null;
  readonly quickScan: Sourced<QuickScan> | null;
}

/** Formats a zod path like `questions[2].prompt.es`. */
export function formatZodPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

function readYaml(file: string, root: string, issues: ContentIssue[]): unknown {
  try {
    return parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    issues.push({
      file: relative(root, file),
      path: '',
      message: `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    });
    return undefined;
  }
}

function parseFile<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  file: string,
  root: string,
  issues: ContentIssue[],
): Sourced<T> | null {
  const raw = readYaml(file, root, issues);
  if (raw === undefined) return null;
  const result = schema.safeParse(raw);
  const name = relative(root, file);
  if (result.success) return { file: name, data: result.data };
  for (const issue of result.error.issues) {
    issues.push({ file: name, path: formatZodPath(issue.path), message: issue.message });
  }
  return null;
}

/** Reads `content/quick-scan.yaml`; a missing file is a problem, as the quick scan needs it. */
function readQuickScan(folder: string, root: string, issues: ContentIssue[]) {
  const file = join(folder, 'quick-scan.yaml');
  if (existsSync(file)) return parseFile(QuickScanSchema, file, root, issues);
  issues.push({
    file: relative(root, file),
    path: '',
    message:
      'is missing: list the quick scan questions there (every critical question, and the most telling question of each area)',
  });
  return null;
}

/** Reads and checks the content folder under `root` (the project root). Never throws for bad content. */
export function checkContentFolder(root: string): ContentCheckResult {
  const issues: ContentIssue[] = [];
  const folder = join(root, 'content');
  const meta = parseFile(MetaSchema, join(folder, 'meta.yaml'), root, issues);
  const profile = parseFile(ProfileSchema, join(folder, 'profile.yaml'), root, issues);
  const readFolder = <T>(
    name: string,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  ): Sourced<T>[] => {
    const dir = join(folder, name);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .sort()
      .map((file) => parseFile(schema, join(dir, file), root, issues))
      .filter((entry): entry is Sourced<T> => entry !== null);
  };
  const dimensions = readFolder('dimensions', DimensionSchema);
  const initiatives = readFolder('initiatives', InitiativeSchema);
  const kpis = readFolder('kpis', KpiSchema);
  const criteria = readFolder('criteria', CriterionSchema);
  const decisionFile = join(folder, 'decision.yaml');
  const decision = existsSync(decisionFile)
    ? parseFile(DecisionSchema, decisionFile, root, issues)
    : null;
  const quickScan = readQuickScan(folder, root, issues);
  if (meta) {
    issues.push(
      ...checkContent({
        meta,
        dimensions,
        initiatives,
        kpis,
        criteria,
        ...(profile && { profile }),
        ...(quickScan && { quickScan }),
      }),
    );
  }
  return { issues, meta, profile, dimensions, initiatives, kpis, criteria, decision, quickScan };
}

/** Throws one readable error listing every problem, or returns quietly when the content is sound. */
export function assertContentIsValid(root: string): void {
  const { issues } = checkContentFolder(root);
  if (issues.length === 0) return;
  throw new Error(
    `The content in content/ has ${issues.length} problem(s). Fix them and build again:\n${formatContentIssues(issues)}`,
  );
}

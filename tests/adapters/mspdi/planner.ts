/**
 * Reading an MSPDI file with someone else's importer: GNOME Planner's MS Project import
 * (msp2planner.xsl, Debian's planner-data), run by xsltproc. When either is missing the checks are
 * skipped with a loud warning, except under CI=true, where that fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's planner-data puts the MS Project import. */
export const MSP2PLANNER = '/usr/share/planner/stylesheets/msp2planner.xsl';

/** Whether xsltproc and msp2planner.xsl are here; under CI=true a missing one throws instead. */
export function hasPlannerImport(): boolean {
  const xsltproc = spawnSync('xsltproc', ['--version'], { encoding: 'utf8' }).error === undefined;
  if (xsltproc && existsSync(MSP2PLANNER)) return true;
  const message = `xsltproc or ${MSP2PLANNER} is missing: install them with "apt-get install -y xsltproc planner-data".`;
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING MS PROJECT XML CHECKS: ${message} ***\n`);
  return false;
}

/** A task of the Planner file, its subtasks nested. */
export interface PlannerTask {
  readonly attributes: Readonly<Record<string, string>>;
  readonly predecessors: readonly Readonly<Record<string, string>>[];
  readonly children: PlannerTask[];
}

/** A Planner file's project attributes and its task tree. */
export interface PlannerProject {
  readonly project: Readonly<Record<string, string>>;
  readonly tasks: readonly PlannerTask[];
  readonly resources: readonly Readonly<Record<string, string>>[];
  readonly allocations: readonly Readonly<Record<string, string>>[];
}

/** XML attribute text as it reads (the five entities and numeric references). */
function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** The attributes of an opening tag. */
function readAttributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)]),
  );
}

/** Reads xsltproc's Planner output: the project, the nested tasks, resources and allocations. */
export function readPlanner(xml: string): PlannerProject {
  const roots: PlannerTask[] = [];
  const stack: PlannerTask[] = [];
  for (const [tag] of xml.matchAll(/<\/?task\b[^>]*>|<predecessor\b[^>]*\/>/g)) {
    if (tag.startsWith('</task')) stack.pop();
    else if (tag.startsWith('<predecessor')) {
      (stack.at(-1)!.predecessors as Record<string, string>[]).push(readAttributes(tag));
    } else {
      const task: PlannerTask = { attributes: readAttributes(tag), predecessors: [], children: [] };
      (stack.at(-1)?.children ?? roots).push(task);
      if (!tag.endsWith('/>')) stack.push(task);
    }
  }
  const all = (name: string) =>
    [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map(([tag]) => readAttributes(tag));
  return {
    project: all('project')[0] ?? {},
    tasks: roots,
    resources: all('resource'),
    allocations: all('allocation'),
  };
}

/** Converts MSPDI text with msp2planner.xsl and reads the result. */
export function importIntoPlanner(mspdi: string): PlannerProject {
  const folder = mkdtempSync(join(tmpdir(), 'mspdi-'));
  const file = join(folder, 'plan.xml');
  writeFileSync(file, mspdi, 'utf8');
  const result = spawnSync('xsltproc', [MSP2PLANNER, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`xsltproc ${MSP2PLANNER} failed: ${result.stderr || String(result.error)}`);
  }
  return readPlanner(result.stdout);
}

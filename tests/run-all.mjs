// The whole test command (`npm test`): types, lint (after `astro sync`, as `npm run lint`), format,
// unit + content tests with the coverage gate, build, HTML validity, JS budgets, end-to-end. Every
// step runs even if an earlier one failed, except that budgets and e2e need this run's build. The
// last line is `N passed, N failed` over all test cases (unit, budget page checks, e2e); a failed
// step with no test case of its own (types, lint, build, a coverage gate missed…) counts as 1.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { missingChromiumMessage } from './e2e/chromium.mjs';
import { findShortfalls } from './coverage-gate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, 'tests/.output');
const UNIT_JSON = join(OUTPUT, 'unit.json');
const E2E_JSON = join(OUTPUT, 'e2e.json');
const BUDGETS_JSON = join(OUTPUT, 'budgets.json');
const COVERAGE_JSON = join(ROOT, 'coverage/coverage-summary.json');
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number,
 *   numTodoTests: number, testResults: { status: string, assertionResults: { status: string }[] }[] }}
 *   VitestReport
 * @typedef {{ title: string, command: string, args: string[], isBuild?: boolean, needsBuild?: boolean,
 *   report?: string, readCounts?: (file: string) => Counts, coverage?: boolean }} Step
 * @typedef {{ title: string, result: string, seconds: number, counts: Counts | null,
 *   failed: number, passed: number }} Outcome
 */

/** Path of an installed binary, run directly rather than through npx. @param {string} name */
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

/** Parsed JSON, typed unknown until the caller says what it is. @param {string} file @returns {unknown} */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Counts test cases in a Vitest JSON report; a file that failed to load counts as 1 failed. */
function readVitestCounts(/** @type {string} */ file) {
  const report = /** @type {VitestReport} */ (readJson(file));
  const brokenFiles = report.testResults.filter(
    (result) =>
      result.status === 'failed' &&
      !result.assertionResults.some((assertion) => assertion.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Counts each page's budget check as one test case. */
function readBudgetCounts(/** @type {string} */ file) {
  const report = /** @type {{ passed: number, failed: number }} */ (readJson(file));
  return { passed: report.passed, failed: report.failed, skipped: 0 };
}

/** @type {Step[]} */
const STEPS = [
  { title: 'Types (astro check)', command: bin('astro'), args: ['check'] },
  // `npm run lint` generates Astro's content types first: without them a fresh clone has none,
  // and type-aware rules report dozens of false errors.
  { title: 'Lint (astro sync, ESLint)', command: 'npm', args: ['run', '--silent', 'lint'] },
  { title: 'Format (Prettier --check)', command: bin('prettier'), args: ['--check', '.'] },
  {
    title: 'Unit and content tests, coverage gate (Vitest)',
    command: bin('vitest'),
    args: [
      'run',
      '--coverage',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${UNIT_JSON}`,
    ],
    report: UNIT_JSON,
    readCounts: readVitestCounts,
    coverage: true,
  },
  { title: 'Build (astro build)', command: bin('astro'), args: ['build'], isBuild: true },
  {
    title: 'HTML validity (html-validate)',
    command: bin('html-validate'),
    args: ['dist/**/*.html'],
    needsBuild: true,
  },
  {
    title: 'JS budgets per page',
    command: process.execPath,
    args: [join(ROOT, 'tests/bench/budgets.mjs'), '--out', BUDGETS_JSON],
    needsBuild: true,
    report: BUDGETS_JSON,
    readCounts: readBudgetCounts,
  },
  {
    title: 'End-to-end tests (Vitest + Chromium)',
    command: process.execPath,
    args: [
      join(ROOT, 'tests/e2e/run.mjs'),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${E2E_JSON}`,
    ],
    needsBuild: true,
    report: E2E_JSON,
    readCounts: readVitestCounts,
  },
];

/** Runs one step with inherited output and returns what it counted. */
function runStep(
  /** @type {Step} */ step,
  /** @type {number} */ index,
  /** @type {boolean} */ built,
) {
  const heading = `[${index + 1}/${STEPS.length}] ${step.title}`;
  console.log(
    `\n${'='.repeat(heading.length + 8)}\n=== ${heading} ===\n${'='.repeat(heading.length + 8)}`,
  );
  if (step.needsBuild && !built) {
    console.log('Not run: it needs a successful build.');
    return {
      title: step.title,
      result: 'not run (no build)',
      seconds: 0,
      counts: null,
      passed: 0,
      failed: 0,
    };
  }
  if (step.report) rmSync(step.report, { force: true });
  if (step.coverage) rmSync(COVERAGE_JSON, { force: true });
  const started = performance.now();
  const run = spawnSync(step.command, step.args, { cwd: ROOT, env: ENV, stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  if (run.error) console.error(`Could not start ${step.command}: ${run.error.message}`);
  const exitOk = !run.error && run.status === 0;
  /** @type {Counts | null} */
  let counts = null;
  if (step.report && step.readCounts && existsSync(step.report)) {
    try {
      counts = step.readCounts(step.report);
    } catch (error) {
      console.error(`Could not read ${step.report}: ${String(error)}`);
    }
  }
  // A failed step that reported no failing test case (crash, type or lint errors, the coverage
  // gate) counts as one.
  const failed = (counts?.failed ?? 0) + (!exitOk && !counts?.failed ? 1 : 0);
  if (step.coverage && !exitOk && !counts?.failed) printCoverageShortfalls();
  const skippedE2e = exitOk && step.report === E2E_JSON && counts === null;
  const result = skippedE2e
    ? 'SKIPPED (no Chromium)'
    : exitOk && failed === 0
      ? 'passed'
      : 'FAILED';
  console.log(`\n--- ${step.title}: ${result} in ${seconds.toFixed(1)} s`);
  return { title: step.title, result, seconds, counts, passed: counts?.passed ?? 0, failed };
}

/** Names the files under the coverage gate, after every test passed but the step failed. */
function printCoverageShortfalls() {
  if (!existsSync(COVERAGE_JSON)) return;
  const summary = /** @type {import('./coverage-gate.mjs').CoverageSummary} */ (
    readJson(COVERAGE_JSON)
  );
  const shortfalls = findShortfalls(summary, join(ROOT, '/'));
  if (shortfalls.length === 0) return;
  console.log(
    `\nCoverage gate: ${shortfalls.length} file(s) fall short (tests/coverage-gate.mjs):\n` +
      shortfalls.map((line) => `  ${line}`).join('\n') +
      '\nAdd tests that reach their lines and branches (npm run test:coverage shows which).',
  );
}

/** Prints the summary table of steps. @param {Outcome[]} outcomes */
function printSummary(outcomes) {
  const rows = [
    ['step', 'result', 'time', 'test cases'],
    ...outcomes.map((outcome) => [
      outcome.title,
      outcome.result,
      `${outcome.seconds.toFixed(1)} s`,
      outcome.counts
        ? `${outcome.passed} passed, ${outcome.failed} failed` +
          (outcome.counts.skipped ? `, ${outcome.counts.skipped} skipped` : '')
        : outcome.failed > 0
          ? 'counts as 1 failed'
          : '-',
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...rows.map((row) => String(row[column]).length)),
  );
  const line = (/** @type {string[]} */ row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${'='.repeat(40)}\nSummary\n${'='.repeat(40)}`);
  for (const row of rows) console.log(line(row));
}

mkdirSync(OUTPUT, { recursive: true });
/** @type {Outcome[]} */
const outcomes = [];
let built = false;
for (const [index, step] of STEPS.entries()) {
  const outcome = runStep(step, index, built);
  if (step.isBuild) built = outcome.result === 'passed';
  outcomes.push(outcome);
}
printSummary(outcomes);
if (outcomes.some((outcome) => outcome.result.startsWith('SKIPPED'))) {
  console.log(missingChromiumMessage(false));
}
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || outcomes.some((outcome) => outcome.result === 'FAILED') ? 1 : 0);

// Lighthouse scores for `npm run bench`: mobile preset (Lighthouse's default: a mid-range phone,
// simulated slow 4G and 4× CPU slowdown), four categories, every page, median of several runs.
// Chromium is launched by playwright-core with a DevTools port, so the benchmark can seed an
// assessment in localStorage first; Lighthouse then connects to that port and opens its own tab.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/chromium.mjs';
import { answerEverything, startAssessment } from './seed.mjs';

/** The categories measured, in the order of the report's columns. */
export const CATEGORIES = /** @type {const} */ ([
  'performance',
  'accessibility',
  'best-practices',
  'seo',
]);

/**
 * @typedef {(typeof CATEGORIES)[number]} Category
 * @typedef {Record<Category, number>} Scores scores out of 100
 * @typedef {import('lighthouse').Result} Lhr
 * @typedef {{ route: string, url: string, runs: number, scores: Scores,
 *   metrics: Record<string, string>, failures: string[], ok: boolean }} LighthousePage
 * @typedef {{ base: string, routes: string[], open: Record<string, string>, minimums: Scores,
 *   runs: number, outDir: string }} LighthouseOptions
 */

/** The workshop fixtures: a workshop file and an invitation code that released versions wrote. */
const FIXTURES = fileURLToPath(new URL('../fixtures/workshop/v1/', import.meta.url));

/** Any free DevTools port: read back from the profile's DevToolsActivePort file, so runs never collide. */
const DEVTOOLS_PORT_FLAG = '--remote-debugging-port=0';

/** The performance metrics shown next to the score. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Waits for Chromium to write the DevTools port into its profile. @param {string} profile */
async function readDevToolsPort(profile) {
  for (let i = 0; i < 100; i += 1) {
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0) return port;
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not open a DevTools port');
}

/**
 * One Lighthouse run. Lighthouse's default storage reset clears service workers, Cache Storage
 * and the HTTP cache (every run is a first visit) but keeps localStorage, where the seeded
 * assessment lives.
 * @param {string} url @param {number} port @returns {Promise<Lhr>}
 */
async function runLighthouse(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) {
    throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
  }
  return result.lhr;
}

/** A category's score out of 100. @param {Lhr} lhr @param {Category} category */
function scoreOf(lhr, category) {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

/**
 * The audits that cost a category points in one run: for performance the metrics below a perfect
 * score (with their values), for the others every failed audit that counts.
 * @param {Lhr} lhr @param {Category} category @returns {string[]}
 */
function lostAudits(lhr, category) {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
    .sort(
      (a, b) =>
        (1 - (b.audit?.score ?? 0)) * b.ref.weight - (1 - (a.audit?.score ?? 0)) * a.ref.weight,
    )
    .map(({ ref, audit }) => {
      const value = audit?.displayValue ? `: ${audit.displayValue}` : '';
      return `${ref.id} (${audit?.title ?? ''}${value}, score ${audit?.score ?? 0})`;
    });
}

/**
 * Median scores of several runs of one page, and what failed against the minimums. For a category
 * under its minimum, the audits named are those of the run whose score was the median.
 * @param {string} route @param {string} url @param {Lhr[]} runs @param {Scores} minimums
 * @returns {{ page: LighthousePage, medianRun: Lhr }}
 */
export function summarizeRuns(route, url, runs, minimums) {
  const scores = /** @type {Scores} */ (
    Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((lhr) => scoreOf(lhr, c)))]))
  );
  const runFor = (/** @type {Category} */ c) =>
    runs.find((lhr) => scoreOf(lhr, c) === scores[c]) ?? /** @type {Lhr} */ (runs[0]);
  const medianRun = runFor('performance');
  /** @type {string[]} */
  const failures = [];
  for (const c of CATEGORIES) {
    if (scores[c] >= minimums[c]) continue;
    const audits = lostAudits(runFor(c), c);
    failures.push(`${c} ${scores[c]} < ${minimums[c]}: ${audits.join('; ') || '(no audit named)'}`);
  }
  const metrics = Object.fromEntries(
    METRICS.map((id) => [id, medianRun.audits[id]?.displayValue ?? '']),
  );
  const page = {
    route,
    url,
    runs: runs.length,
    scores,
    metrics,
    failures,
    ok: failures.length === 0,
  };
  return { page, medianRun };
}

/** `/es/results/` → `es-results`, `/` → `index`, for report file names. @param {string} route */
const fileNameOf = (route) => route.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'index';

/**
 * Seeds what the pages open: a fully answered assessment (through the real form), and the
 * workshop of the workshop fixtures (as the workshop store keeps it). Returns the values of the
 * address templates: `{assessment}`, `{workshop}` and `{invitation}`.
 * @param {import('playwright-core').Page} page
 * @param {string} base
 * @returns {Promise<Record<string, string>>}
 */
async function seedRecords(page, base) {
  const assessment = await startAssessment(page, base);
  await answerEverything(page, base, assessment);
  const workshopFile = readFileSync(join(FIXTURES, 'workshop.json'), 'utf8');
  /** @type {unknown} */
  const parsed = JSON.parse(workshopFile);
  const workshop = /** @type {{ workshop: { id: string } }} */ (parsed).workshop.id;
  await page.evaluate(
    ([key, text]) => globalThis.localStorage.setItem(key, text),
    [`crm-readiness/workshop/${workshop}`, workshopFile],
  );
  const invitation = readFileSync(join(FIXTURES, 'invitation-code.txt'), 'utf8').trim();
  await page.goto('about:blank');
  return { assessment, workshop, invitation };
}

/**
 * Runs Lighthouse `runs` times on every route, each opened as `options.open` says (with the
 * seeded records), and returns each page's median scores. Writes the median run of each page to
 * `outDir/<page>.json` for a closer look (open it in the Lighthouse viewer).
 * @param {LighthouseOptions} options
 * @param {(line: string) => void} log progress
 * @returns {Promise<LighthousePage[]>}
 */
export async function benchLighthouse(options, log) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  // A persistent context is the browser's default context: the one Lighthouse's tab opens in, so
  // it sees what was seeded. viewport null: Lighthouse does its own mobile emulation.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: null,
    args: [...CHROMIUM_FLAGS, DEVTOOLS_PORT_FLAG],
  });
  try {
    const port = await readDevToolsPort(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    const records = await seedRecords(page, options.base);
    mkdirSync(options.outDir, { recursive: true });
    /** @type {LighthousePage[]} */
    const pages = [];
    for (const route of options.routes) {
      const suffix = (options.open[route] ?? '').replace(
        /\{(\w+)\}/g,
        (/** @type {string} */ _, /** @type {string} */ name) => records[name] ?? '',
      );
      const url = `${options.base}${route}${suffix}`;
      /** @type {Lhr[]} */
      const runs = [];
      for (let i = 0; i < options.runs; i += 1) runs.push(await runLighthouse(url, port));
      const { page: result, medianRun } = summarizeRuns(route, url, runs, options.minimums);
      writeFileSync(join(options.outDir, `${fileNameOf(route)}.json`), JSON.stringify(medianRun));
      log(`${route}: ${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(', ')}`);
      pages.push(result);
    }
    return pages;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// "Assessments list ready with 300 assessments" (issue #15): the time from navigation to the
// assessments page listing every one of 300 stored assessments, in Chromium on the built site.
// The 300 records are put in localStorage before the first load, as the last localStorage version
// kept them (tests/fixtures/assessment/v2/stored.json with other ids, names and dates): a version
// that keeps them in IndexedDB moves them there on that first load, so the same script measures
// both. The figure is the median over reloads after the first; the first load is reported apart.
// Run alone against any built site: `node tests/bench/list-bench.mjs http://127.0.0.1:4339`.
/* global document, localStorage, sessionStorage, MutationObserver, window -- used in the browser */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/chromium.mjs';

/** How many assessments are stored, and how many reloads are timed. */
export const LIST_SIZE = 300;
const RELOADS = 7;

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The 300 records, by localStorage key, built from the v2 stored fixture. */
function records() {
  const text = readFileSync(
    new URL('../fixtures/assessment/v2/stored.json', import.meta.url),
    'utf8',
  );
  /** @type {Record<string, string>} */
  const all = {};
  for (let i = 0; i < LIST_SIZE; i += 1) {
    /** @type {unknown} */
    const parsed = JSON.parse(text);
    const record = /** @type {{ assessment: Record<string, unknown> }} */ (parsed);
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const minute = String(i % 60).padStart(2, '0');
    const hour = String(Math.floor(i / 60)).padStart(2, '0');
    record.assessment = {
      ...record.assessment,
      id,
      name: `Bench assessment ${i + 1}`,
      updatedAt: `2026-11-02T${hour}:${minute}:00.000Z`,
    };
    all[`crm-readiness/assessment/${id}`] = JSON.stringify(record);
  }
  return all;
}

/**
 * Before the site's scripts: seeds localStorage once per tab, and notes when the list first holds
 * `size` cards (`window.__listReadyAt`, ms since navigation start).
 * @param {{ seed: Record<string, string>, size: number }} options
 */
function prepare({ seed, size }) {
  if (!sessionStorage.getItem('bench-seeded')) {
    sessionStorage.setItem('bench-seeded', '1');
    for (const [key, raw] of Object.entries(seed)) localStorage.setItem(key, raw);
  }
  const state = /** @type {{ __listReadyAt?: number }} */ (/** @type {unknown} */ (window));
  const check = () => {
    if (state.__listReadyAt !== undefined) return;
    const cards = document.querySelectorAll('section[aria-labelledby="list-heading"] li.card');
    if (cards.length >= size) {
      state.__listReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Times the assessments page until it lists all 300 assessments.
 * @param {string} base origin of the built site
 * @returns {Promise<{ firstMs: number, readyMs: number, localStorageKeys: number }>} the first
 *   load (which may move the records out of localStorage), the median of the reloads after it,
 *   and how many keys localStorage holds at the end
 */
export async function benchAssessmentList(base) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const context = await browser.newContext();
    await context.addInitScript(prepare, { seed: records(), size: LIST_SIZE });
    const page = await context.newPage();
    const ready = async () => {
      await page.waitForFunction(() => 'performance' in window && '__listReadyAt' in window);
      return page.evaluate(() =>
        Math.round(
          /** @type {{ __listReadyAt: number }} */ (/** @type {unknown} */ (window)).__listReadyAt,
        ),
      );
    };
    await page.goto(`${base}/assessments/`);
    const firstMs = await ready();
    const times = [];
    for (let i = 0; i < RELOADS; i += 1) {
      await page.reload();
      times.push(await ready());
    }
    const left = await page.evaluate(() => localStorage.length);
    return { firstMs, readyMs: median(times), localStorageKeys: left };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4339';
  console.log(JSON.stringify(await benchAssessmentList(base)));
}

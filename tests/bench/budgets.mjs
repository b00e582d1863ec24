// JavaScript budget per built page: the gzip bytes of the JS a FIRST visit loads (inline scripts,
// <script src>, modulepreload links, astro-island URLs, and their static imports, recursively).
// Dynamic import() chunks (jsPDF, …) load later and are not counted. Budgets: tests/bench/budgets.json.
// Usage: node tests/bench/budgets.mjs [--dist DIR] [--budgets FILE] [--out FILE]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist') },
    budgets: { type: 'string', default: join(ROOT, 'tests/bench/budgets.json') },
    out: { type: 'string', default: join(ROOT, 'tests/.output/budgets.json') },
  },
});
/** Any origin works: it only turns relative URLs into dist paths. */
const ORIGIN = 'http://budget.invalid';
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const ISLAND_URL_ATTRIBUTES = ['component-url', 'renderer-url', 'before-hydration-url'];

/**
 * @typedef {{ pattern: string, message: string }} Forbidden
 * @typedef {{ pages: Record<string, number>, forbidden?: Forbidden[] }} Budgets
 * @typedef {{ route: string, file: string, bytes: number, budget: number | null,
 *   modules: string[], problems: string[], ok: boolean }} PageResult
 */

/** All .html files under dir, as paths relative to it. @param {string} dir @returns {string[]} */
function listHtml(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'));
}

/** "index.html" → "/", "es/method/index.html" → "/es/method/", "404.html" → "/404.html". @param {string} file */
function toRoute(file) {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Attributes of one start tag's attribute text, lower-cased names, basic entities decoded. @param {string} text */
function parseAttributes(text) {
  /** @type {Record<string, string>} */
  const attributes = {};
  for (const match of text.matchAll(
    /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes[String(match[1]).toLowerCase()] = value
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&');
  }
  return attributes;
}

/** Inline JS bodies and the JS URLs a page references directly. @param {string} html */
function scanHtml(html) {
  /** @type {string[]} */
  const inline = [];
  /** @type {string[]} */
  const urls = [];
  for (const [, attributeText = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi,
  )) {
    const attributes = parseAttributes(attributeText);
    if (!JS_TYPES.has((attributes.type ?? '').trim().toLowerCase())) continue;
    if (attributes.src !== undefined) urls.push(attributes.src);
    else if (body.trim() !== '') inline.push(body);
  }
  for (const [, attributeText = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText);
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload') && attributes.href) urls.push(attributes.href);
  }
  for (const [, attributeText = ''] of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText);
    for (const name of ISLAND_URL_ATTRIBUTES) if (attributes[name]) urls.push(attributes[name]);
  }
  return { inline, urls };
}

/** Specifiers of a module's static imports and re-exports (`import(…)` is dynamic: skipped). @param {string} code */
function staticImports(code) {
  const pattern =
    /(?<![\w$.])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^{}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  return [...code.matchAll(pattern)].map((match) => String(match[2]));
}

/** gzip size, level 9. @param {string | Buffer} content */
function gzipBytes(content) {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Measures one page: every JS module it loads first, and their total gzip size.
 * @param {string} dist @param {string} file @param {Forbidden[]} forbidden
 */
function measurePage(dist, file, forbidden) {
  const route = toRoute(file);
  const { inline, urls } = scanHtml(readFileSync(join(dist, file), 'utf8'));
  const pageUrl = new URL(route, ORIGIN);
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, number>} dist path → gzip bytes */
  const modules = new Map();
  const queue = urls.map((url) => new URL(url, pageUrl));
  while (queue.length > 0) {
    const url = /** @type {URL} */ (queue.shift());
    if (url.origin !== ORIGIN) {
      problems.push(`loads JavaScript from another origin: ${url.href}`);
      continue;
    }
    const path = decodeURIComponent(url.pathname);
    if (modules.has(path)) continue;
    let code;
    try {
      code = readFileSync(join(dist, path));
    } catch {
      problems.push(`references ${path}, which is not in the build`);
      modules.set(path, 0);
      continue;
    }
    modules.set(path, gzipBytes(code));
    for (const specifier of staticImports(code.toString('utf8'))) {
      if (/^(\.{1,2}\/|\/)/.test(specifier)) queue.push(new URL(specifier, url));
      else problems.push(`${path} imports the bare specifier "${specifier}"`);
    }
  }
  for (const { pattern, message } of forbidden) {
    const hits = [...modules.keys()].filter((path) => new RegExp(pattern, 'i').test(path));
    if (hits.length > 0) problems.push(`${hits.join(', ')}: ${message}`);
  }
  const inlineBytes = inline.reduce((sum, body) => sum + gzipBytes(body), 0);
  const bytes = inlineBytes + [...modules.values()].reduce((sum, size) => sum + size, 0);
  const names = [...modules.keys(), ...inline.map((_, index) => `(inline script ${index + 1})`)];
  return { route, file, bytes, modules: names, problems };
}

/** Parsed JSON, typed unknown until the caller says what it is. @param {string} file @returns {unknown} */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Reads the budgets file, measures every page, prints a table and writes the JSON report. */
function main() {
  const budgets = /** @type {Budgets} */ (readJson(args.budgets));
  let files;
  try {
    files = listHtml(args.dist);
  } catch {
    console.error(`No build at ${args.dist}: run the build first (npm run build).`);
    return 1;
  }
  if (files.length === 0) {
    console.error(`No HTML pages in ${args.dist}.`);
    return 1;
  }
  /** @type {PageResult[]} */
  const results = files.map((file) => {
    const page = measurePage(args.dist, file, budgets.forbidden ?? []);
    const budget = budgets.pages[page.route] ?? budgets.pages['*'] ?? null;
    if (budget === null) {
      page.problems.push(`no budget: add "${page.route}" to ${relative(ROOT, args.budgets)}`);
    } else if (page.bytes > budget) {
      page.problems.push(`over budget by ${page.bytes - budget} bytes: ${page.modules.join(', ')}`);
    }
    return { ...page, budget, ok: page.problems.length === 0 };
  });
  results.sort((a, b) => a.route.localeCompare(b.route));
  printTable(results);
  const stale = Object.keys(budgets.pages).filter(
    (route) => route !== '*' && !results.some((result) => result.route === route),
  );
  if (stale.length > 0)
    console.log(`Note: budgets for pages that were not built: ${stale.join(', ')}`);
  const failed = results.filter((result) => !result.ok).length;
  mkdirSync(dirname(args.out), { recursive: true });
  const report = { passed: results.length - failed, failed, pages: results };
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${results.length - failed} page(s) within budget, ${failed} failed.`);
  return failed > 0 ? 1 : 0;
}

/** Prints page | JS gzip bytes | budget | ok/over, then each page's problems. @param {PageResult[]} results */
function printTable(results) {
  const header = ['page', 'JS gzip bytes', 'budget', 'result'];
  const rows = [
    header,
    ...results.map((result) => [
      result.route,
      String(result.bytes),
      result.budget === null ? '(none)' : String(result.budget),
      result.ok ? 'ok' : result.budget !== null && result.bytes > result.budget ? 'OVER' : 'FAIL',
    ]),
  ];
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (/** @type {string[]} */ row) =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  for (const result of results) {
    for (const problem of result.problems) console.log(`  ✗ ${result.route}: ${problem}`);
  }
}

process.exit(main());

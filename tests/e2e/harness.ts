// Helpers for the end-to-end tests: a browser, pages that record what should never happen
// (off-machine requests, console errors, CSP violations), and accessibility/layout checks.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, isChromiumAvailable } from './chromium.mjs';

/** Port of the preview server started by global-setup.ts (E2E_PORT overrides 4329). */
export const PORT = Number(process.env.E2E_PORT ?? 4329);

/** Origin of the site under test, without a trailing slash. */
export const BASE_URL = `http://127.0.0.1:${PORT}`;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** axe rule sets the site must pass: WCAG 2.2 AA and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Whether Chromium is installed where launchBrowser() looks (CHROMIUM_PATH or /usr/bin/chromium). */
export function chromiumAvailable(): boolean {
  return isChromiumAvailable();
}

/** Launches headless system Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/** A Content-Security-Policy violation as seen by the page. */
export interface CspViolation {
  directive: string;
  blockedUri: string;
  sample: string;
  source: string;
}

/** What a page did that the tests may forbid; arrays fill while the page lives. */
export interface PageReport {
  /** Requests to hosts other than 127.0.0.1/localhost (all aborted). */
  externalRequests: string[];
  /** Console messages of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** `securitypolicyviolation` events. */
  cspViolations: CspViolation[];
  /** URLs of JavaScript responses (scripts and modules) the page loaded. */
  jsResponses: string[];
}

/** Options of openPage(). */
export interface OpenPageOptions {
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  /** Emulated prefers-color-scheme (default light). */
  colorScheme?: 'light' | 'dark';
  /** Set false to test the page without JavaScript (CSP events are then not observable). */
  javaScriptEnabled?: boolean;
}

/** Init script: forwards CSP violation events to the test through an exposed function. */
function listenForCspViolations(): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = (window as unknown as Record<string, (v: CspViolation) => void>)[
        '__e2eReportCsp'
      ];
      report?.({
        directive: event.violatedDirective,
        blockedUri: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      });
    },
    true,
  );
}

/**
 * Opens `path` of the site in a fresh context and waits until the network is idle.
 * Close `context` when done.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: OpenPageOptions = {},
): Promise<{ page: Page; context: BrowserContext; report: PageReport }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const report: PageReport = {
    externalRequests: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    jsResponses: [],
  };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
    report.externalRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  await context.exposeFunction('__e2eReportCsp', (violation: CspViolation) => {
    report.cspViolations.push(violation);
  });
  await context.addInitScript(listenForCspViolations);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.pageErrors.push(String(error)));
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    if (type === 'script' || contentType.includes('javascript')) {
      report.jsResponses.push(response.url());
    }
  });
  await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, context, report };
}

/** Runs axe (WCAG 2.2 AA + best practices) and throws a readable list of any violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // axe measures touch targets and contrast from layout boxes, and a part the browser skips
  // (content-visibility: auto, off screen) has none until it nears the screen. A reader sees every
  // part laid out, so axe checks the page laid out: such parts are drawn for the check, then left
  // to the browser again. (Style properties set through the CSSOM need no CSP exception.)
  const skipped = await page.evaluate(() => {
    const parts = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (element) => getComputedStyle(element).contentVisibility === 'auto',
    );
    for (const part of parts) part.style.contentVisibility = 'visible';
    return parts.length;
  });
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (skipped > 0) {
    await page.evaluate(() => {
      for (const part of document.querySelectorAll<HTMLElement>('body *')) {
        if (part.style.contentVisibility === 'visible') part.style.contentVisibility = '';
      }
    });
  }
  if (violations.length === 0) return;
  const list = violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    at ${node.target.join(' ')}`).join('\n');
    return `- ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${targets}\n    see ${violation.helpUrl}`;
  });
  throw new Error(
    `axe found ${violations.length} violation(s) on ${page.url()}:\n${list.join('\n')}`,
  );
}

/** Throws, naming the widest elements, if the page is wider than its viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const viewport = root.clientWidth;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1)
      .slice(0, 5)
      .map((element) => {
        const id = element.id ? `#${element.id}` : '';
        const classes = [...element.classList].map((name) => `.${name}`).join('');
        return `${element.tagName.toLowerCase()}${id}${classes} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
      });
    return { scrollWidth: root.scrollWidth, viewport, culprits };
  });
  if (overflow.scrollWidth > overflow.viewport) {
    throw new Error(
      `${page.url()} scrolls horizontally: ${overflow.scrollWidth} px of content in a ${overflow.viewport} px viewport.\n` +
        `Widest elements: ${overflow.culprits.join(', ') || '(none found)'}`,
    );
  }
}

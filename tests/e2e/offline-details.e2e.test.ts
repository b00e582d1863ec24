// Offline details (#15): a page's slashless address works offline as online (the host redirects it
// to the slashed one), and when one tab takes a new version the other tabs do not keep a banner
// whose button can no longer do anything.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, chromiumAvailable, launchBrowser } from './harness';
import { getStrings } from '~/i18n';

const en = getStrings('en');
const es = getStrings('es');
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the files of dist/, except /sw.js, which is `worker()` at each request: what a new
 * deployment looks like to an open tab. (The preview server cannot change the worker, and a
 * context.route() on /sw.js was not consulted for the worker's update check here.)
 */
async function serveSite(worker: () => string) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    if (path === '/sw.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'] }).end(worker());
    } else if (file.startsWith(DIST) && existsSync(file) && statSync(file).isFile()) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Opens `path` and waits until the service worker controls the page. */
async function openControlled(context: BrowserContext, path: string, origin = BASE_URL) {
  const page = await context.newPage();
  await page.goto(new URL(path, origin).href);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 15_000,
    })
    .toBe(true);
  return page;
}

/** The page's service worker as it stands: whether one is waiting, and the caches it keeps. */
function workerState(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      controlled: navigator.serviceWorker.controller !== null,
      waiting: Boolean(registration?.waiting),
      caches: await caches.keys(),
    };
  });
}

describe.runIf(chromiumAvailable())('offline details', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a page by its slashless address with no network, with its query and hash', async () => {
    const context = await browser.newContext();
    try {
      const page = await openControlled(context, '/assessments/');
      await context.setOffline(true);
      for (const [path, heading, landing] of [
        ['/assessments', en.assessments.heading, '/assessments/'],
        ['/es/assessments', es.assessments.heading, '/es/assessments/'],
        ['/es/assessments?id=a1#top', es.assessments.heading, '/es/assessments/?id=a1#top'],
      ] as const) {
        await page.goto(new URL(path, BASE_URL).href);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        expect(page.url()).toBe(new URL(landing, BASE_URL).href);
      }
    } finally {
      await context.close();
    }
  });

  it('ends every tab on the new version when one tab takes it', async () => {
    const built = readFileSync(join(DIST, 'sw.js'), 'utf8');
    let worker = built;
    const site = await serveSite(() => worker);
    const context = await browser.newContext();
    try {
      const tabA = await openControlled(context, '/assessments/', site.origin);
      const tabB = await openControlled(context, '/es/assessments/', site.origin);
      const [oldCache] = (await workerState(tabA)).caches;
      // A new build: the same worker under a new version.
      worker = built.replace(/crm-readiness-\w+/, '$&-next');
      await tabB.evaluate(() => {
        (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      });
      await tabA.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const buttonA = tabA.getByRole('button', { name: en.assessments.updateReload });
      const buttonB = tabB.getByRole('button', { name: es.assessments.updateReload });
      await buttonA.waitFor();
      await buttonB.waitFor();

      await buttonA.click();
      // Tab B reloads into the new version by itself: its old page is gone, and with it the banner.
      await expect
        .poll(() => tabB.evaluate(() => 'beforeUpdate' in window).catch(() => true), {
          timeout: 15_000,
        })
        .toBe(false);
      await tabB.getByRole('heading', { level: 1, name: es.assessments.heading }).waitFor();
      await tabA.getByRole('heading', { level: 1, name: en.assessments.heading }).waitFor();
      for (const tab of [tabA, tabB]) {
        expect(await workerState(tab)).toEqual({
          controlled: true,
          waiting: false,
          caches: [`${oldCache}-next`],
        });
      }
      expect(await buttonB.count()).toBe(0);
      expect(await buttonA.count()).toBe(0);
    } finally {
      await context.close();
      await site.close();
    }
  });
});

// Offline use (#8): after a first visit, with the network gone, a whole assessment can be started,
// answered, reviewed, turned into results and downloaded as a PDF, all served by the service worker.
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, chromiumAvailable, launchBrowser } from './harness';
import { getStrings } from '~/i18n';

/** The names of what the test presses, from the English UI strings. */
const t = getStrings('en');

describe.runIf(chromiumAvailable())('offline use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('completes an assessment through to the PDF with no network after a first visit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(new URL('/assessments/', BASE_URL).href);
      // The worker installs (precaching every file) and takes control of the page.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
          timeout: 15_000,
        })
        .toBe(true);
      const cached = await page.evaluate(async () => {
        const [name] = await caches.keys();
        return name ? (await (await caches.open(name)).keys()).length : 0;
      });
      expect(cached).toBeGreaterThan(30);

      await context.setOffline(true);
      await page.reload();
      await page.getByLabel(t.assessments.nameLabel).fill('Offline run');
      await page.getByLabel(t.assessments.organizationLabel, { exact: true }).fill('Sin Red S.L.');
      await page.getByRole('button', { name: t.assessments.startButton }).click();
      await page.waitForURL(/\/assess\/\?id=/);
      await page.getByRole('button', { name: t.wizard.next, exact: true }).click();
      await page
        .locator('fieldset.question')
        .first()
        .getByRole('radio', { name: /^Level 1/ })
        .check();
      await page
        .locator('fieldset.question')
        .nth(1)
        .getByRole('radio', { name: /^Level 3/ })
        .check();
      await page.goto(page.url().replace(/step=[^&#]*/, 'step=review'));
      await page.getByRole('link', { name: t.wizard.seeResults }).click();
      await page.locator('.results').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t.results.pdfButton }).click(),
      ]);
      const text = execFileSync('pdftotext', ['-raw', await download.path(), '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Sin Red S.L.');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

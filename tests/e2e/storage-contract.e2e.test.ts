// The storage contract on the real IndexedDB in Chromium (issue #15; the same contract runs on a
// fake that fails at random in tests/adapters/storage/contract.test.ts): a write the site reports
// done is read back after a reload; a refused write (the page's IndexedDB made to abort writes with a
// QuotaExceededError) is reported and a reload keeps every record stored before; once space is back,
// the waiting change is written without a new edit. And the first load moves today's localStorage
// records (tests/fixtures/storage/local-storage-v1.json) into IndexedDB.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStrings } from '~/i18n';
import { format } from '~/i18n/format';
import { BASE_URL, chromiumAvailable, launchBrowser } from './harness';
import { assessmentKey, readStoredJson, storedKeys } from './stored';

const en = getStrings('en').assessments;
const LIST = new URL('/assessments/', BASE_URL).href;
/** The first sentence of the "storage is full" notice. */
const FULL = en.storageFull.split('. ')[0] ?? '';

interface Fixture {
  readonly records: Readonly<Record<string, string>>;
  readonly notRecords: Readonly<Record<string, string>>;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/storage/local-storage-v1.json', import.meta.url), 'utf8'),
) as Fixture;

interface StoredName {
  assessment: { name: string };
}

/** Starts an assessment through the form, waits until it is stored, and returns its id. */
async function start(page: Page, name: string): Promise<string> {
  await page.goto(LIST);
  await page.getByLabel(en.nameLabel).fill(name);
  await page.getByLabel(en.organizationLabel, { exact: true }).fill('Ñandú Ibérica');
  await page.getByRole('button', { name: en.startButton }).click();
  await page.waitForURL(/\/assess\/\?id=/);
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  await expect.poll(() => storedName(page, id)).toBe(name);
  return id;
}

async function storedName(page: Page, id: string): Promise<string | null> {
  return (await readStoredJson<StoredName>(page, assessmentKey(id)))?.assessment.name ?? null;
}

/** The assessments listed. */
function cards(page: Page) {
  return page.getByRole('region', { name: en.listHeading }).getByRole('listitem');
}

/** Renames an assessment through its card on the list. */
async function rename(page: Page, from: string, to: string): Promise<void> {
  const card = page.getByRole('listitem', { name: from });
  await card.getByRole('button', { name: en.rename }).click();
  await card.getByLabel(en.renameLabel).fill(to);
  await card.getByRole('button', { name: en.save }).click();
}

/**
 * Makes the page's IndexedDB refuse every write as a full disk does (the transaction aborts with a
 * QuotaExceededError), until `refuse(page, false)` or a reload. Chromium headless here ignores the
 * DevTools quota override (`Storage.overrideQuotaForOrigin`): writes went through under a 1-byte
 * quota, so the refusal is made in the page, at the two requests a write makes.
 */
function installRefusal(): void {
  const refused = new WeakMap<IDBTransaction, DOMException>();
  const state = window as unknown as { e2eRefuse?: boolean };
  for (const method of ['put', 'delete'] as const) {
    const original = Reflect.get(IDBObjectStore.prototype, method) as (
      ...args: unknown[]
    ) => IDBRequest;
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (!state.e2eRefuse) return original.apply(this, args);
      const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      refused.set(this.transaction, error);
      throw error;
    } as never;
  }
  const error = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'error');
  Object.defineProperty(IDBTransaction.prototype, 'error', {
    configurable: true,
    get(this: IDBTransaction) {
      return refused.get(this) ?? (error?.get?.call(this) as DOMException | null);
    },
  });
}

async function refuse(page: Page, on: boolean): Promise<void> {
  await page.evaluate((on) => {
    (window as unknown as { e2eRefuse?: boolean }).e2eRefuse = on;
  }, on);
}

describe.runIf(chromiumAvailable())('the storage contract on IndexedDB in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function fresh(): Promise<void> {
    await context?.close();
    context = await browser.newContext();
    await context.addInitScript(installRefusal);
    page = await context.newPage();
  }

  it('reads back after a reload every write it reported done', async () => {
    await fresh();
    const id = await start(page, 'Stored before');
    await page.goto(LIST);
    await rename(page, 'Stored before', 'Renamed and stored');
    await expect.poll(() => storedName(page, id)).toBe('Renamed and stored');
    await page.reload();
    await page.getByRole('listitem', { name: 'Renamed and stored' }).waitFor();
    expect(await cards(page).count()).toBe(1);
  });

  it('reports a refused write, and a reload keeps every record stored before', async () => {
    await fresh();
    const id = await start(page, 'Stored before');
    await page.goto(LIST);
    await page.getByRole('listitem', { name: 'Stored before' }).waitFor();
    await refuse(page, true);
    await rename(page, 'Stored before', 'Renamed while full');
    // Shown at once, and the notice says it is not saved.
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    await page.getByRole('listitem', { name: 'Renamed while full' }).waitFor();
    expect(await storedName(page, id)).toBe('Stored before');
    // Leaving with a refused change asks first; the test leaves anyway.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await page.getByRole('listitem', { name: 'Stored before' }).waitFor();
    expect(asked).toEqual(['beforeunload']);
    expect(await cards(page).count()).toBe(1);
    expect(await storedKeys(page)).toEqual([assessmentKey(id)]);
    await refuse(page, false);
  });

  it('writes the waiting change without a new edit once space is back', async () => {
    await fresh();
    const id = await start(page, 'Stored before');
    await page.goto(LIST);
    await refuse(page, true);
    await rename(page, 'Stored before', 'Saved once space is back');
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    await refuse(page, false);
    // The retry (every few seconds) writes it; the notice goes.
    await expect
      .poll(() => storedName(page, id), { timeout: 15_000 })
      .toBe('Saved once space is back');
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('listitem', { name: 'Saved once space is back' }).waitFor();
  });

  it('moves today’s localStorage records into IndexedDB on the first load', async () => {
    await fresh();
    // Before the site's first script, once: what the last localStorage version left.
    await context.addInitScript(
      (seed: Record<string, string>) => {
        if (sessionStorage.getItem('e2e-seeded')) return;
        sessionStorage.setItem('e2e-seeded', '1');
        for (const [key, raw] of Object.entries(seed)) localStorage.setItem(key, raw);
      },
      { ...fixture.records, ...fixture.notRecords },
    );
    await page.goto(LIST);
    await page.getByRole('listitem', { name: 'Quick scan before the board meeting' }).waitFor();
    await page.getByRole('listitem', { name: 'Initial readiness check' }).waitFor();
    expect(await cards(page).count()).toBe(2);
    // The corrupt record is kept aside and said so; the newer one is left alone.
    await page
      .getByRole('alert')
      .filter({ hasText: format(en.storageCorrupt, { count: 1 }).split('. ')[0] ?? '' })
      .waitFor();
    const left = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(left).toEqual(Object.keys(fixture.notRecords).sort());
    const keys = await storedKeys(page);
    for (const key of Object.keys(fixture.records)) {
      if (!key.includes('c0rrup7')) expect(keys).toContain(key);
    }
    expect(keys.filter((key) => key.endsWith('c0rrup7-0000-4000-8000-000000000000'))).toHaveLength(
      2,
    );
    // A reload reads them from IndexedDB alone.
    await page.reload();
    await page.getByRole('listitem', { name: 'Initial readiness check' }).waitFor();
    expect(await cards(page).count()).toBe(2);
    await context.close();
  });
});

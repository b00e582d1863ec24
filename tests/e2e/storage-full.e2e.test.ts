// Storage full, on every page that writes (#15): with the origin's quota lowered through the Chrome
// DevTools Protocol (Storage.overrideQuotaForOrigin, which makes IndexedDB writes fail with
// QuotaExceededError in this Chromium), each write path shows the "not saved" banner (role alert)
// in the page's language, never a success message, and asks before the page is left; once the
// quota is back, the change kept in memory is written without another edit.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realContext } from '../domain/assessment/real-content';
import { createAssessment } from '~/domain/assessment/assessment';
import { buildExport, serializeExport } from '~/domain/assessment/export-file';
import { buildInvitation } from '~/domain/workshop/create-workshop';
import { encodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import { getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { formatDay } from '~/islands/workshops/workshop-format';
import { BASE_URL, chromiumAvailable, launchBrowser, openPage } from './harness';
import { seedAssessment } from './seed';
import { openEditors } from './results-editors';
import { makeTeamWorkshop } from './seed-workshop';
import { assessmentKey, readStored, readStoredJson, storedKeys } from './stored';

const en = getStrings('en');
const es = getStrings('es');
/** The store retries a refused write every 3 s: wait longer than one retry on a busy machine. */
const RETRIED = { timeout: 15_000 };
/** The quota each page starts under: room for the seeds, used up by a few filler records. */
const START_QUOTA = 8_000_000;
const FILLER_BYTES = 1_000_000;
const prefix = (lang: Lang) => (lang === 'en' ? '' : '/es');

/** Where the test puts its filler, apart from the site's own database. */
const FILLER_DB = 'e2e-storage-filler';

/** Writes one filler record of `bytes` into FILLER_DB; resolves whether storage took it. */
function writeFiller(page: Page, bytes: number): Promise<boolean> {
  return page.evaluate(
    ([name, bytes]) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () =>
          open.result.createObjectStore('filler', { autoIncrement: true });
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('filler', 'readwrite');
          transaction.objectStore('filler').add('x'.repeat(bytes));
          transaction.oncomplete = () => (db.close(), resolve(true));
          transaction.onabort = () => (db.close(), resolve(false));
        };
      }),
    [FILLER_DB, bytes] as const,
  );
}

/**
 * Storage full. Chromium keeps what an origin may still write for a while (about 30 s here) and
 * asks the quota again only when a write needs more than that: lowering the quota alone
 * (Storage.overrideQuotaForOrigin) refuses nothing until then. So each page starts under a modest
 * quota (`onPage`), and filling makes the quota 1 byte and writes filler until a write is refused:
 * from then on every write asks, and is refused.
 */
async function fillStorage(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: BASE_URL, quotaSize: 1 });
  for (let i = 0; i < 2 * (START_QUOTA / FILLER_BYTES); i += 1) {
    if (!(await writeFiller(page, FILLER_BYTES))) return cdp;
  }
  throw new Error('Storage kept accepting the filler: the quota override did not apply.');
}

/** Gives the origin its own quota back (an override without a size is removed), filler deleted. */
async function freeStorage(cdp: CDPSession, page: Page): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: BASE_URL });
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = () => resolve();
      }),
    FILLER_DB,
  );
}

/** Waits for the storage banner, a role=alert, saying `message`. */
async function expectBanner(page: Page, message: string): Promise<void> {
  await page.getByRole('alert').filter({ hasText: message }).waitFor();
}

/** Tries to leave: the browser's "leave site?" question must come, and staying keeps the page. */
async function expectLeavingAsks(page: Page): Promise<void> {
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
}

/** The stored assessments (parsed), whatever their keys. */
async function storedAssessments(page: Page) {
  const keys = (await storedKeys(page)).filter((k) => k.startsWith('crm-readiness/assessment/'));
  const records = await Promise.all(
    keys.map((k) => readStoredJson<{ assessment: Record<string, unknown> }>(page, k)),
  );
  return records.flatMap((r) => (r ? [r.assessment] : []));
}

describe.skipIf(!chromiumAvailable())('with storage full (#15)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Runs `body` on a fresh page at `path`, with the quota given back and the context closed after. */
  async function onPage(path: string, body: (page: Page) => Promise<void>): Promise<void> {
    // The not-found page writes nothing: the quota is set before the site's first write.
    const { page, context } = await openPage(browser, '/404.html');
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', {
        origin: BASE_URL,
        quotaSize: START_QUOTA,
      });
      await page.goto(new URL(path, BASE_URL).href);
      await body(page);
    } finally {
      await context.close();
    }
  }

  it('a new assessment that cannot be stored says so, keeps what was typed, and is written later', async () => {
    await onPage('/assessments/', async (page) => {
      const t = en.assessments;
      await page.getByLabel(t.nameLabel).fill('Full disk');
      await page.getByLabel(t.organizationLabel, { exact: true }).fill('Ñandú Ibérica');
      const cdp = await fillStorage(page);
      await page.getByRole('button', { name: t.startButton }).click();
      await expectBanner(page, t.storageFull);
      await page.getByRole('status').getByText(t.startNotSaved).waitFor();
      expect(page.url()).toContain('/assessments/');
      expect(await page.getByLabel(t.nameLabel).inputValue()).toBe('Full disk');
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect
        .poll(async () => (await storedAssessments(page)).map((a) => a['name']), RETRIED)
        .toEqual(['Full disk']);
      await page
        .getByRole('alert')
        .filter({ hasText: t.storageFull })
        .waitFor({ state: 'detached' });
    });
  });

  it('a wizard answer is kept in memory and written once space is back', async () => {
    await onPage('/assessments/', async (page) => {
      const id = await seedAssessment(page, 'Wizard full', { lang: 'en' });
      await page.goto(`${BASE_URL}/assess/?id=${id}&step=strategy`);
      const groups = page.locator('fieldset.question');
      await groups.first().waitFor();
      // The seed answers every question; the first one becomes "don't know".
      const cdp = await fillStorage(page);
      await groups.first().getByRole('radio', { name: en.wizard.dontKnow }).check();
      await expectBanner(page, en.assessments.storageFull);
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect
        .poll(async () => {
          const [stored] = await storedAssessments(page);
          return Object.values((stored?.['answers'] as Record<string, unknown>) ?? {});
        }, RETRIED)
        .toContain('dont-know');
    });
  });

  it('a decision figure is kept in memory and written once space is back', async () => {
    await onPage('/assessments/', async (page) => {
      const id = await seedAssessment(page, 'Decision full', { lang: 'en' });
      await page.goto(`${BASE_URL}/decision/?id=${id}`);
      const users = page.getByRole('textbox', { name: en.decision.usersLabel });
      await users.waitFor();
      const cdp = await fillStorage(page);
      await users.fill('25');
      await expectBanner(page, en.assessments.storageFull);
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect
        .poll(() => readStoredJson(page, assessmentKey(id)), RETRIED)
        .toMatchObject({ assessment: { plan: { decision: { tco: { users: 25 } } } } });
    });
  });

  it('joining a workshop stays on the invitation until the answers can be stored', async () => {
    const team = makeTeamWorkshop();
    const invitation = buildInvitation(team, team.participants[0]!.id)!;
    await onPage(`/join/#${await encodeInvitationCode(invitation)}`, async (page) => {
      const start = page.getByRole('button', { name: en.join.start });
      await start.waitFor();
      const cdp = await fillStorage(page);
      await start.click();
      await expectBanner(page, en.join.storageFull);
      expect(page.url()).toContain('/join/');
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect
        .poll(async () => (await storedAssessments(page)).map((a) => a['organization']), RETRIED)
        .toEqual([team.organization]);
    });
  });

  it('an import says it was not stored, never that it was imported (Spanish)', async () => {
    const t = es.assessments;
    const imported = createAssessment(
      {
        name: 'Importada llena',
        organization: 'Ñandú',
        contentVersion: realContext.contentVersion,
      },
      new Date('2026-11-01T09:00:00.000Z'),
    );
    await onPage(`${prefix('es')}/assessments/`, async (page) => {
      await page.getByLabel(t.importLabel).waitFor({ state: 'attached' });
      const cdp = await fillStorage(page);
      await page.getByLabel(t.importLabel).setInputFiles({
        name: 'importada.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serializeExport(buildExport(imported, new Date()))),
      });
      await page.getByText(format(t.notStored, { name: imported.name })).waitFor();
      await expectBanner(page, t.storageFull);
      expect(await page.getByText(format(t.imported, { name: imported.name })).count()).toBe(0);
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect.poll(() => readStored(page, assessmentKey(imported.id)), RETRIED).not.toBeNull();
    });
  });

  it('a plan edit on the results page is kept in memory and written once space is back (Spanish)', async () => {
    await onPage(`${prefix('es')}/assessments/`, async (page) => {
      const id = await seedAssessment(page, 'Resultados llenos', { lang: 'es' });
      await page.goto(`${BASE_URL}${prefix('es')}/results/?id=${id}`);
      await openEditors(page, ['targets']);
      const leading = page.getByRole('radio', { name: es.results.ambitions.leading });
      await leading.waitFor();
      const cdp = await fillStorage(page);
      await leading.check();
      await expectBanner(page, es.assessments.storageFull);
      await page
        .getByRole('alert')
        .getByRole('button', { name: es.assessments.exportNow })
        .waitFor();
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect
        .poll(() => readStoredJson(page, assessmentKey(id)), RETRIED)
        .toMatchObject({ assessment: { plan: { ambition: 'leading' } } });
    });
  });

  it('a workshop restore says it was not stored, never that it was restored (Spanish)', async () => {
    const w = es.workshop;
    const workshop = makeTeamWorkshop('Taller lleno');
    await onPage(`${prefix('es')}/workshops/`, async (page) => {
      await page.getByLabel(w.restoreLabel).waitFor({ state: 'attached' });
      const cdp = await fillStorage(page);
      await page.getByLabel(w.restoreLabel).setInputFiles({
        name: 'taller.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serializeWorkshopFile(workshop)),
      });
      await expectBanner(page, w.storageFull);
      const label = { organization: workshop.organization, date: formatDay(workshop.date, 'es') };
      await page.getByRole('status').getByText(format(w.restoreNotStored, label)).waitFor();
      expect(await page.getByText(format(w.restoredFromFile, label)).count()).toBe(0);
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect
        .poll(() => readStored(page, `crm-readiness/workshop/${workshop.id}`), RETRIED)
        .not.toBeNull();
    });
  });

  it('a participant added with storage full is never said to be added until stored', async () => {
    const w = en.workshop;
    const workshop = makeTeamWorkshop('Full Workshop Ltd');
    await onPage('/404.html', async (page) => {
      // Kept where an earlier version kept it: the first page of the site moves it to IndexedDB.
      await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
        `crm-readiness/workshop/${workshop.id}`,
        serializeWorkshopFile(workshop),
      ] as const);
      await page.goto(new URL(`/workshop/?id=${workshop.id}`, BASE_URL).href);
      const add = page.getByRole('button', { name: w.addButton });
      await add.waitFor();
      const cdp = await fillStorage(page);
      await page.getByRole('textbox', { name: w.nameLabel, exact: true }).fill('Late Arrival');
      await add.click();
      await expectBanner(page, w.storageFull);
      await page.getByRole('status').getByText(w.changeNotStored).waitFor();
      const added = format(w.participantAdded, { name: 'Late Arrival' });
      expect(await page.getByText(added).count()).toBe(0);
      await expectLeavingAsks(page);
      await freeStorage(cdp, page);
      await expect
        .poll(
          async () => (await readStored(page, `crm-readiness/workshop/${workshop.id}`)) ?? '',
          RETRIED,
        )
        .toContain('Late Arrival');
    });
  });
});

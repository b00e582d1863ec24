// QR codes in the room (#18), in Chromium, both languages: the facilitator's join QR holds the
// participant's join link, which opens the join page in the page's language in a fresh browser;
// the participant's answers come back as a QR code; a second Chromium whose fake camera plays a
// video of that very QR code (a y4m file written here from the code's matrix) scans it on the
// workshop page and collects the answers; the tally on the projector follows; a second scan is
// not counted twice; the camera's tracks stop with the dialog; a refused camera says so.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realContext } from '../domain/assessment/real-content';
import { createWorkshop } from '~/domain/workshop/create-workshop';
import { encodeQr } from '~/adapters/qr/qr-code';
import { QUIET_ZONE, toQrDataUrl, type QrMatrix } from '~/domain/workshop/qr-image';
import type { Workshop } from '~/domain/workshop/workshop';
import { getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  launchBrowser,
  openPage,
} from './harness';
import { seedWorkshop } from './seed-workshop';

const LANGS: readonly Lang[] = ['en', 'es'];

function words(lang: Lang) {
  const t = getStrings(lang);
  return {
    prefix: lang === 'en' ? '' : '/es',
    q: t.qr,
    invitationHeading: t.join.invitationHeading,
    start: t.join.start,
    next: t.wizard.next,
    handBack: t.wizard.handBack,
    handBackHeading: t.join.handBackHeading,
    answersCode: t.join.codeFieldLabel,
    question: (n: number) =>
      new RegExp(`^${format(t.wizard.questionNumber, { n }).split('{')[0]!.trimEnd()}`),
    level: (level: number) => new RegExp(`^${format(t.wizard.level, { level })}`),
    imported: (name: string) => format(t.workshop.imported, { name }).split(' (')[0]!,
  };
}

/** A workshop against the real content: Ana (executive) and Ben (sales), nothing handed in. */
function makeWorkshop(): Workshop {
  return createWorkshop(
    {
      organization: 'Ñandú Ibérica',
      date: '2026-11-20',
      facilitator: 'Marta Facilitadora',
      contentVersion: realContext.contentVersion,
      participants: [
        { name: 'Ana Directora', role: 'executive' },
        { name: 'Ben Comercial', role: 'sales' },
      ],
    },
    new Date('2026-11-01T09:00:00.000Z'),
  );
}

/**
 * A y4m video (4:2:0, 640×480) of a QR code: luma from the matrix scaled up, a white quiet zone
 * and background, chroma 128 (grey). Chromium's fake camera plays it in a loop.
 */
function toY4m(matrix: QrMatrix, frames = 6): Buffer {
  const [width, height] = [640, 480];
  const side = matrix.size + 2 * QUIET_ZONE;
  const scale = Math.floor(440 / side);
  const left = Math.floor((width - side * scale) / 2);
  const top = Math.floor((height - side * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < matrix.size; y += 1) {
    for (let x = 0; x < matrix.size; x += 1) {
      if (!matrix.dark(x, y)) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        const row = (top + (y + QUIET_ZONE) * scale + dy) * width;
        luma.fill(
          16,
          row + left + (x + QUIET_ZONE) * scale,
          row + left + (x + QUIET_ZONE + 1) * scale,
        );
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** Records every camera stream a page opens, so the test can see its tracks stop. */
function recordStreams(): void {
  const media = navigator.mediaDevices;
  const open = media.getUserMedia.bind(media);
  const streams: MediaStream[] = [];
  (window as unknown as { __streams: MediaStream[] }).__streams = streams;
  media.getUserMedia = async (constraints) => {
    const stream = await open(constraints);
    streams.push(stream);
    return stream;
  };
}

function liveTracks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __streams?: MediaStream[] }).__streams
        ?.flatMap((s) => s.getTracks())
        .filter((t) => t.readyState === 'live').length ?? 0,
  );
}

/** Answers the first three questions from a join page's invitation and reaches hand-back. */
async function answerAndHandBack(page: Page, lang: Lang): Promise<void> {
  const w = words(lang);
  await page.getByRole('button', { name: w.start }).click();
  await page.waitForURL(/\/assess\/\?id=/);
  await page.getByRole('button', { name: w.next, exact: true }).click();
  for (const [i, level] of [3, 1, 4].entries()) {
    await page
      .getByRole('group', { name: w.question(i + 1) })
      .getByRole('radio', { name: w.level(level) })
      .check();
  }
  await page.goto(page.url().replace(/step=[^&#]*/, 'step=review'));
  await page.getByRole('link', { name: w.handBack }).click();
  await page.waitForURL(/\/join\/\?id=/);
  await page.getByRole('heading', { name: w.handBackHeading }).waitFor();
}

describe.runIf(chromiumAvailable())('QR join, hand-back and scan (#18)', () => {
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    folder = await mkdtemp(join(tmpdir(), 'crm-qr-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  for (const lang of LANGS) {
    it(`${lang}: join by the QR's link, hand back by QR, scan it with a fake camera`, async () => {
      const w = words(lang);
      const workshop = makeWorkshop();
      const ana = workshop.participants[0]!;

      // The facilitator's page shows Ana's join QR (she has not handed in), holding her link.
      const facilitator = await openPage(browser, '/');
      let code: string;
      try {
        await seedWorkshop(facilitator.page, workshop);
        await facilitator.page.goto(`${BASE_URL}${w.prefix}/workshop/?id=${workshop.id}`);
        const image = facilitator.page.getByRole('img', {
          name: format(w.q.joinImageAlt, { name: ana.name }),
        });
        await image.waitFor();
        const link = await facilitator.page
          .getByLabel(format(w.q.linkLabel, { name: ana.name }))
          .inputValue();
        expect(link).toMatch(new RegExp(`^${BASE_URL}${w.prefix}/join/#CRMW1\\.`));
        expect(await image.getAttribute('src')).toBe(toQrDataUrl(encodeQr(link)!));
        await expectNoAxeViolations(facilitator.page);

        // A fresh browser context follows the QR's link: the join page, in this language.
        const participant = await openPage(browser, 'about:blank');
        try {
          await participant.page.goto(link);
          await participant.page
            .getByRole('heading', { name: w.invitationHeading, exact: true })
            .waitFor();
          expect(await participant.page.getAttribute('html', 'lang')).toBe(lang);
          await answerAndHandBack(participant.page, lang);
          const qr = participant.page.getByRole('img', { name: w.q.handBackImageAlt });
          await qr.waitFor();
          const field = participant.page.getByLabel(w.answersCode);
          await expect.poll(() => field.inputValue()).toMatch(/^CRMS1\./);
          code = await field.inputValue();
          expect(await qr.getAttribute('src')).toBe(toQrDataUrl(encodeQr(code)!));
          await expectNoAxeViolations(participant.page);
        } finally {
          await participant.context.close();
        }
      } finally {
        await facilitator.context.close();
      }

      // A second Chromium whose camera films Ana's QR code.
      const video = join(folder, `answers-${lang}.y4m`);
      await writeFile(video, toY4m(encodeQr(code)!));
      const camera = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: [
          ...CHROMIUM_FLAGS,
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${video}`,
        ],
      });
      try {
        const { page, context, report } = await openPage(camera, '/');
        await context.grantPermissions(['camera'], { origin: BASE_URL });
        await context.addInitScript(recordStreams);
        await seedWorkshop(page, workshop);
        // The projector, in a second tab: the tally follows the hand-in made in the first.
        const projector = await context.newPage();
        await projector.goto(`${BASE_URL}${w.prefix}/workshop/present/?id=${workshop.id}`);
        await projector.getByRole('button', { name: w.q.joinToggle }).click();
        const tally = projector.getByRole('status', { name: w.q.tallyLabel });
        await tally.getByText(format(w.q.tallyLine, { handedIn: 0, invited: 2 })).waitFor();

        await page.goto(`${BASE_URL}${w.prefix}/workshop/?id=${workshop.id}`);
        const clicked = Date.now();
        await page.getByRole('button', { name: w.q.scanButton }).click();
        const dialog = page.getByRole('dialog', { name: w.q.scanHeading });
        await dialog.getByText(w.q.scanning).waitFor();
        const cameraOn = Date.now();
        await dialog.getByRole('status').getByText(w.imported(ana.name)).waitFor();
        const collected = Date.now();
        console.log(
          `[${lang}] scan → collected: ${collected - cameraOn} ms after the camera was on ` +
            `(${collected - clicked} ms after the click, decoder and camera start included)`,
        );
        await tally.getByText(format(w.q.tallyLine, { handedIn: 1, invited: 2 })).waitFor();
        await expectNoAxeViolations(page);

        // Stopping turns the camera off; scanning the same code again does not count it twice.
        await dialog.getByRole('button', { name: w.q.stopScanning }).click();
        await dialog.waitFor({ state: 'detached' });
        await expect.poll(() => liveTracks(page)).toBe(0);
        await page.getByRole('button', { name: w.q.scanButton }).click();
        await dialog
          .getByRole('status')
          .getByText(format(w.q.alreadyCollected, { name: ana.name }))
          .waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await expect.poll(() => liveTracks(page)).toBe(0);
        await tally.getByText(format(w.q.tallyLine, { handedIn: 1, invited: 2 })).waitFor();
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
        expect(report.externalRequests).toEqual([]);
        await context.close();

        // The same camera, refused: the message says so and points to the code or the file.
        const refused = await openPage(camera, '/');
        try {
          await seedWorkshop(refused.page, workshop);
          await refused.page.goto(`${BASE_URL}${w.prefix}/workshop/?id=${workshop.id}`);
          await refused.page.getByRole('button', { name: w.q.scanButton }).click();
          const alert = refused.page.getByRole('dialog').getByRole('alert');
          await alert.waitFor();
          expect(await alert.textContent()).toBe(w.q.cameraDenied);
          expect(await refused.page.locator('video').isVisible()).toBe(false);
        } finally {
          await refused.context.close();
        }
      } finally {
        await camera.close();
      }
    });

    it(`${lang}: no camera at all says so and points to the code or the file`, async () => {
      const w = words(lang);
      const workshop = makeWorkshop();
      const { page, context } = await openPage(browser, '/');
      try {
        await seedWorkshop(page, workshop);
        await page.goto(`${BASE_URL}${w.prefix}/workshop/?id=${workshop.id}`);
        await page.getByRole('button', { name: w.q.scanButton }).click();
        const dialog = page.getByRole('dialog', { name: w.q.scanHeading });
        const alert = dialog.getByRole('alert');
        await alert.waitFor();
        // Headless Chromium without a fake device has no camera (some builds refuse instead).
        expect([w.q.noCamera, w.q.cameraDenied]).toContain(await alert.textContent());
        await dialog.getByRole('button', { name: w.q.closeScan }).click();
        await dialog.waitFor({ state: 'detached' });
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.textContent))
          .toBe(w.q.scanButton);
      } finally {
        await context.close();
      }
    });
  }
});

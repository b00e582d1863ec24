// The plan as files for the team's tools (#17), in real Chromium and both languages: MS Project
// XML, Jira CSV (both epic shapes), GitLab/GitHub issues CSV and "Copy as Markdown" with its
// fallback. Each file arrives under the plan's file name, loads its writer only on the click, and
// reads back right: the XML through Planner's MS Project import, the CSVs through csv-parse, the
// Markdown's tables row by row.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlanFileName } from '~/domain/export/plan-file-name';
import { ISSUES_HEADER } from '~/domain/export/issues-csv';
import { format, getStrings, type Lang } from '~/i18n';
import { hasPlannerImport, importIntoPlanner } from '../adapters/mspdi/planner';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';
import { seedAssessment } from './seed';

const NAME = 'Herramientas ¿listo?';
const ORGANIZATION = 'Ñandú Ibérica';
const planner = hasPlannerImport();

/** Clicks a button and returns the download it starts, with its text. */
async function download(page: Page, name: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { file, text: readFileSync(await file.path(), 'utf8') };
}

/** The name every plan file of today gets, with this suffix. */
function expectedName(suffix: string): string {
  return toPlanFileName({ organization: ORGANIZATION, name: NAME }, new Date(), suffix);
}

/** Records of a CSV file, BOM stripped. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const records: string[][] = parse(text, { bom: true });
  return records;
}

/** Every pipe-table row's cell count, table by table. */
function tableWidths(markdown: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|') && line.endsWith('|')) {
      current ??= [];
      current.push(line.replace(/\\./g, '').split('|').length - 2);
    } else if (current) {
      tables.push(current);
      current = null;
    }
  }
  return tables;
}

describe.runIf(chromiumAvailable())('the plan as files for the team’s tools', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'downloads the MS Project, Jira and issues files and copies the Markdown (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const s = t.toolFiles;
      const prefix = lang === 'es' ? '/es' : '';
      const { page, context, report } = await openPage(browser, `${prefix}/assessments/`);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
      try {
        const id = await seedAssessment(page, NAME, { lang, organization: ORGANIZATION });
        await page.goto(new URL(`${prefix}/results/?id=${id}`, BASE_URL).href);
        // Closed, the disclosure has fetched none of the files' code.
        await page.locator('summary', { hasText: s.heading }).click();
        await page.getByRole('button', { name: s.msProject, exact: true }).waitFor();
        await page.getByText(s.jiraHelp).waitFor();
        expect(report.jsResponses.some((url) => /mspdi|jira-csv|markdown/.test(url))).toBe(false);

        // MS Project XML, read back by Planner's MS Project import where it is installed.
        const xml = await download(page, s.msProject);
        expect(xml.file.suggestedFilename()).toBe(expectedName('-ms-project.xml'));
        expect(xml.text).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
        expect(xml.text).toContain(
          `<Title>${format(s.projectTitle, { organization: ORGANIZATION })}</Title>`,
        );
        await page
          .getByText(format(s.downloaded, { file: xml.file.suggestedFilename() }))
          .waitFor();
        expect(report.jsResponses.some((url) => /mspdi/.test(url))).toBe(true);
        if (planner) {
          const phases = importIntoPlanner(xml.text).tasks;
          const names = [t.phases.analysis.name, t.phases.diagnosis.name, t.phases.action.name];
          expect(phases.map((p) => p.attributes['name'])).toEqual(names);
          expect(phases.every((p) => p.children.length > 0)).toBe(true);
        }

        // Jira: one epic per phase in English, one per initiative in Spanish.
        const mode = lang === 'en' ? s.jiraEpicsPhase : s.jiraEpicsInitiative;
        await page.getByRole('radio', { name: mode }).check();
        const jira = await download(page, s.jira);
        expect(jira.file.suggestedFilename()).toBe(expectedName('-jira.csv'));
        const [header, ...rows] = readCsv(jira.text);
        const column = (name: string) => header!.indexOf(name);
        expect(header!.slice(0, 5)).toEqual([
          'Issue ID',
          'Parent',
          'Issue Type',
          'Summary',
          'Description',
        ]);
        const epics = rows.filter((r) => r[column('Issue Type')] === 'Epic');
        // Epics are the rows without a parent; one per phase, or one per initiative (more than 5).
        expect(epics).toEqual(rows.filter((r) => r[column('Parent')] === ''));
        if (lang === 'es') expect(epics.length).toBeGreaterThan(5);
        const ids = rows.map((r) => r[column('Issue ID')]);
        rows.forEach((row, i) => {
          const parent = row[column('Parent')]!;
          if (parent !== '') expect(ids.indexOf(parent)).toBeLessThan(i);
          expect(row[column('Due date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        });
        if (lang === 'en')
          expect(epics.map((r) => r[column('Summary')])).toEqual([
            'Analysis',
            'Diagnosis',
            'Action',
          ]);

        // GitLab/GitHub issues.
        const issues = await download(page, s.issues);
        expect(issues.file.suggestedFilename()).toBe(expectedName('-issues.csv'));
        const [issuesHeader, ...issueRows] = readCsv(issues.text);
        expect(issuesHeader).toEqual([...ISSUES_HEADER]);
        expect(issueRows.length).toBeGreaterThan(5);
        expect(issueRows.every((r) => r[3]!.split(',').every((l) => /^[a-z0-9-]+$/.test(l)))).toBe(
          true,
        );

        // Copy as Markdown: on the clipboard, tables whole.
        await page.getByRole('button', { name: s.markdown }).click();
        await page.getByText(s.copied).waitFor();
        const markdown = await page.evaluate(() => navigator.clipboard.readText());
        expect(markdown.startsWith('# ')).toBe(true);
        expect(markdown).toContain(`## ${t.report.summaryHeading}`);
        expect(markdown).toContain(`## ${t.report.roadmapHeading}`);
        expect(markdown).toContain('Ñandú Ibérica');
        const tables = tableWidths(markdown);
        expect(tables.length).toBeGreaterThanOrEqual(2);
        for (const widths of tables) expect(new Set(widths).size).toBe(1);
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
        expect(report.externalRequests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'shows the Markdown to copy by hand, and as a file, when the clipboard is refused (%s)',
    async (lang) => {
      const s = getStrings(lang).toolFiles;
      const prefix = lang === 'es' ? '/es' : '';
      const { page, context } = await openPage(browser, `${prefix}/assessments/`);
      try {
        const id = await seedAssessment(page, NAME, { lang, organization: ORGANIZATION });
        await page.goto(new URL(`${prefix}/results/?id=${id}`, BASE_URL).href);
        await page.locator('summary', { hasText: s.heading }).click();
        await page.getByRole('button', { name: s.markdown }).waitFor();
        await page.evaluate(() => {
          Object.defineProperty(navigator.clipboard, 'writeText', {
            value: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')),
          });
        });
        await page.getByRole('button', { name: s.markdown }).click();
        await page.getByText(s.copyRefused).waitFor();
        const area = page.getByLabel(s.markdownText);
        await expect.poll(() => area.evaluate((el: HTMLTextAreaElement) => el.readOnly)).toBe(true);
        const shown = await area.inputValue();
        expect(shown).toContain('Ñandú Ibérica');
        // The text is selected, ready for Ctrl+C.
        const selected = await area.evaluate(
          (el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart,
        );
        expect(selected).toBe(shown.length);
        const md = await download(page, s.downloadMarkdown);
        expect(md.file.suggestedFilename()).toBe(expectedName('.md'));
        expect(md.text).toBe(shown);
      } finally {
        await context.close();
      }
    },
  );
  it.each([
    ['en', 'light'],
    ['es', 'dark'],
  ] as const)(
    'works by keyboard at 320 px with no axe finding, the fallback shown (%s, %s)',
    async (lang, colorScheme) => {
      const s = getStrings(lang).toolFiles;
      const prefix = lang === 'es' ? '/es' : '';
      const { page, context } = await openPage(browser, `${prefix}/assessments/`, {
        width: 320,
        colorScheme,
      });
      try {
        const id = await seedAssessment(page, NAME, { lang, organization: ORGANIZATION });
        await page.goto(new URL(`${prefix}/results/?id=${id}`, BASE_URL).href);
        const summary = page.locator('summary', { hasText: s.heading });
        await summary.waitFor();
        await summary.focus();
        await page.keyboard.press('Enter');
        const phase = page.getByRole('radio', { name: s.jiraEpicsPhase });
        await phase.focus();
        await page.keyboard.press('ArrowDown');
        await expect
          .poll(() => page.getByRole('radio', { name: s.jiraEpicsInitiative }).isChecked())
          .toBe(true);
        await page.evaluate(() => {
          Object.defineProperty(navigator.clipboard, 'writeText', {
            value: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')),
          });
        });
        await page.getByRole('button', { name: s.markdown }).focus();
        await page.keyboard.press('Enter');
        await page.getByLabel(s.markdownText).waitFor();
        // Nothing of the files' part reaches past the window (the page's section menu, at 320 px,
        // is another matter: the results tests hold the page whole to 375 px).
        const wide = await page
          .locator('#tool-files, #tool-files *')
          .evaluateAll((elements) =>
            elements
              .filter(
                (e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
              )
              .map((e) => e.outerHTML.slice(0, 80)),
          );
        expect(wide).toEqual([]);
        await page.setViewportSize({ width: 375, height: 800 });
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
      } finally {
        await context.close();
      }
    },
  );
});

// Seeding for end-to-end tests that start past the wizard (the wizard itself is tested on its own):
// an assessment started through the real form, then answered through storage.
import type { Page } from 'playwright-core';
import { BASE_URL } from './harness';
import { getLocalizedPath, getStrings, type Lang } from '~/i18n';
import { changeStoredAssessment } from './stored';

/** The part of a stored assessment record the seed changes. */
interface StoredRecord {
  assessment: {
    answers: Record<string, number>;
    profile: unknown;
    notes: Record<string, string>;
  };
}

/** Question ids follow their dimension's id; these are the nine dimensions of the question bank. */
const QUESTION_ID =
  /(?:strategy|customer-knowledge|organization|processes|technology|objectives-alignment|kpis-measurement|change-management|partner-governance)-[a-z-]+/g;

/** What to store once the assessment exists. */
export interface SeedOptions {
  readonly lang?: Lang;
  readonly organization?: string;
  /** Answers cycle through levels 0–4 starting at this offset. */
  readonly shift?: number;
  readonly profile?: Readonly<Record<string, string | readonly string[]>>;
  readonly notes?: Readonly<Record<string, string>>;
}

/** Starts an assessment through the form, answers every question through storage, returns its id. */
export async function seedAssessment(
  page: Page,
  name: string,
  options: SeedOptions = {},
): Promise<string> {
  const lang = options.lang ?? 'en';
  const t = getStrings(lang).assessments;
  await page.goto(new URL(getLocalizedPath('/assessments/', lang), BASE_URL).href);
  await page.getByLabel(t.nameLabel).fill(name);
  await page
    .getByLabel(t.organizationLabel, { exact: true })
    .fill(options.organization ?? 'Ñandú Ibérica');
  await page.getByRole('button', { name: t.startButton }).click();
  await page.waitForURL(/\/assess\/\?id=/);
  await page.locator('fieldset').first().waitFor();
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  // The wizard page's island props list every question id.
  const html = await (
    await page.request.get(new URL(getLocalizedPath('/assess/', lang), BASE_URL).href)
  ).text();
  const questionIds = [...new Set(html.match(QUESTION_ID) ?? [])];
  const shift = options.shift ?? 0;
  await changeStoredAssessment<StoredRecord>(page, id, ({ assessment }) => {
    questionIds.forEach((q, i) => (assessment.answers[q] = (i + shift) % 5));
    if (options.profile) assessment.profile = options.profile;
    Object.assign(assessment.notes, options.notes ?? {});
  });
  return id;
}

// Seeding for end-to-end tests that start past the wizard (the wizard itself is tested on its own):
// an assessment started through the real form, then answered through storage.
import type { Page } from 'playwright-core';
import { BASE_URL } from './harness';
import { getLocalizedPath, getStrings, type Lang } from '~/i18n';

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
  await page.evaluate(
    ({ id, questionIds, shift, profile, notes }) => {
      const key = `crm-readiness/assessment/${id}`;
      const record = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        assessment: {
          answers: Record<string, number>;
          profile: unknown;
          notes: Record<string, string>;
        };
      };
      questionIds.forEach((q, i) => (record.assessment.answers[q] = (i + shift) % 5));
      if (profile) record.assessment.profile = profile;
      Object.assign(record.assessment.notes, notes);
      localStorage.setItem(key, JSON.stringify(record));
    },
    {
      id,
      questionIds,
      shift: options.shift ?? 0,
      profile: options.profile,
      notes: options.notes ?? {},
    },
  );
  return id;
}

// Seeding for end-to-end tests that start past the wizard (the wizard itself is tested on its own):
// an assessment started through the real form, then answered through storage.
import type { Page } from 'playwright-core';
import { BASE_URL } from './harness';

/** The words of the start form in each language. */
const FORM = {
  en: {
    prefix: '',
    name: 'Assessment name',
    organization: 'Organization',
    start: 'Start the assessment',
  },
  es: {
    prefix: '/es',
    name: 'Nombre de la evaluación',
    organization: 'Organización',
    start: 'Empezar la evaluación',
  },
} as const;

/** Question ids follow their dimension's id; these are the nine dimensions of the question bank. */
const QUESTION_ID =
  /(?:strategy|customer-knowledge|organization|processes|technology|objectives-alignment|kpis-measurement|change-management|partner-governance)-[a-z-]+/g;

/** What to store once the assessment exists. */
export interface SeedOptions {
  readonly lang?: 'en' | 'es';
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
  const form = FORM[options.lang ?? 'en'];
  await page.goto(new URL(`${form.prefix}/assessments/`, BASE_URL).href);
  await page.getByLabel(form.name).fill(name);
  await page
    .getByLabel(form.organization, { exact: true })
    .fill(options.organization ?? 'Ñandú Ibérica');
  await page.getByRole('button', { name: form.start }).click();
  await page.waitForURL(/\/assess\/\?id=/);
  await page.locator('fieldset').first().waitFor();
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  // The wizard page's island props list every question id.
  const html = await (
    await page.request.get(new URL(`${form.prefix}/assess/`, BASE_URL).href)
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

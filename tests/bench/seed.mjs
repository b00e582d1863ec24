// Seeding for the benchmarks: an assessment started through the real form, then every question
// answered through storage (the same steps as tests/e2e/seed.ts, in plain JS for Node scripts).
/* global localStorage -- used inside page.evaluate, which runs in the browser */

/** Question ids follow their dimension's id; these are the nine dimensions of the question bank. */
const QUESTION_ID =
  /(?:strategy|customer-knowledge|organization|processes|technology|objectives-alignment|kpis-measurement|change-management|partner-governance)-[a-z-]+/g;

/**
 * Starts an assessment through the English start form and returns its id; the page is left on
 * the wizard.
 * @param {import('playwright-core').Page} page
 * @param {string} base origin of the site, e.g. http://127.0.0.1:4339
 * @returns {Promise<string>}
 */
export async function startAssessment(page, base) {
  await page.goto(`${base}/assessments/`);
  await page.getByLabel('Assessment name').fill('Bench');
  await page.getByLabel('Organization', { exact: true }).fill('Bench Ltd');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/assess\/\?id=/);
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/**
 * Answers every question of assessment `id` in storage, levels cycling 0–4. Mutates the page's
 * localStorage. The question ids are read from the wizard page's island props.
 * @param {import('playwright-core').Page} page a page on the site's origin
 * @param {string} base origin of the site
 * @param {string} id the assessment's id
 */
export async function answerEverything(page, base, id) {
  const html = await (await page.request.get(`${base}/assess/`)).text();
  const questionIds = [...new Set(html.match(QUESTION_ID) ?? [])];
  await page.evaluate(
    ({ id, questionIds }) => {
      const key = `crm-readiness/assessment/${id}`;
      /** @type {unknown} */
      const parsed = JSON.parse(localStorage.getItem(key) ?? '{}');
      const record = /** @type {{ assessment: { answers: Record<string, number> } }} */ (parsed);
      questionIds.forEach((q, i) => (record.assessment.answers[q] = i % 5));
      localStorage.setItem(key, JSON.stringify(record));
    },
    { id, questionIds },
  );
}

// Seeding for the benchmarks: an assessment started through the real form, then every question
// answered through storage (the same steps as tests/e2e/seed.ts, in plain JS for Node scripts).
/* global indexedDB -- used inside page.evaluate, which runs in the browser */

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
 * Answers every question of assessment `id` in storage, levels cycling 0–4: one read-modify-write
 * of the site's IndexedDB record (database `crm-readiness`, store `records`), told to the open
 * pages as another tab would (#15: records left localStorage). The question ids are read from the
 * wizard page's island props.
 * @param {import('playwright-core').Page} page a page on the site's origin
 * @param {string} base origin of the site
 * @param {string} id the assessment's id
 */
export async function answerEverything(page, base, id) {
  const html = await (await page.request.get(`${base}/assess/`)).text();
  const questionIds = [...new Set(html.match(QUESTION_ID) ?? [])];
  await page.evaluate(
    ({ id, questionIds }) =>
      new Promise((resolve, reject) => {
        const key = `crm-readiness/assessment/${id}`;
        const open = indexedDB.open('crm-readiness', 1);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('records', 'readwrite');
          const records = transaction.objectStore('records');
          const get = records.get(key);
          get.onsuccess = () => {
            /** @type {unknown} */
            const parsed = JSON.parse(typeof get.result === 'string' ? get.result : '{}');
            const record = /** @type {{ assessment: { answers: Record<string, number> } }} */ (
              parsed
            );
            questionIds.forEach((q, i) => (record.assessment.answers[q] = i % 5));
            records.put(JSON.stringify(record), key);
          };
          transaction.oncomplete = () => {
            db.close();
            const channel = new BroadcastChannel('crm-readiness/records');
            channel.postMessage({ key });
            channel.close();
            resolve(undefined);
          };
          transaction.onabort = () => reject(transaction.error ?? new Error('write failed'));
        };
      }),
    { id, questionIds },
  );
}

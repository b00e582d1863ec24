// The results page draws its editors (targets, plan settings, initiatives, KPIs) only when they are
// opened (#12, #14): tests that edit the plan open them first, as a reader would.
import type { Page } from 'playwright-core';

/** The editors, by the id of their disclosure and the table each draws. */
const EDITORS = {
  targets: { id: 'targets', table: '.target-table' },
  'plan-settings': { id: 'plan-settings', table: '.plan-settings' },
  initiatives: { id: 'initiatives', table: '.initiative-table' },
  kpis: { id: 'kpi-editor', table: '.kpi-table' },
} as const;

/** Opens the named editors (both by default) unless open, and waits until their tables are drawn. */
export async function openEditors(
  page: Page,
  which: readonly (keyof typeof EDITORS)[] = ['initiatives', 'kpis'],
): Promise<void> {
  for (const name of which) {
    const { id, table } = EDITORS[name];
    const details = page.locator(`details#${id}`);
    await details.waitFor();
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await details.locator('summary').click();
    }
    await page.locator(table).waitFor();
  }
}

/** The workbook's words in the page's language: its own, and the KPI columns the KPI CSV names too. */
import type { WorkbookLabels } from '../../domain/export/plan-workbook';
import type { UiStrings } from '../../i18n/types';

export function toWorkbookLabels(
  workbook: UiStrings['workbook'],
  roadmap: UiStrings['roadmap'],
): WorkbookLabels {
  const c = roadmap.csv;
  return {
    ...workbook.labels,
    kpis: {
      kpi: c.kpi,
      definition: c.definition,
      unit: c.unit,
      direction: c.direction,
      baseline: c.baseline,
      target: c.target,
      frequency: c.frequency,
      initiatives: c.initiatives,
      ...workbook.labels.kpis,
    },
    directions: roadmap.directions,
  };
}

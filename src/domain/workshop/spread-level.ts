/** How widely a dimension's scores spread across participants, as a word the slides show. */
import type { HeatMapRow } from './dimension-alignment';

/** Low, medium or high spread. */
export type SpreadLevel = 'low' | 'medium' | 'high';

/**
 * The spread of a dimension's scores: under 10 points (a dispersion under 0.2) low, under 20
 * (under 0.4) medium, else high; null when fewer than two people scored it.
 */
export function getSpreadLevel(row: Pick<HeatMapRow, 'dispersion'>): SpreadLevel | null {
  if (row.dispersion === null) return null;
  if (row.dispersion < 0.2) return 'low';
  if (row.dispersion < 0.4) return 'medium';
  return 'high';
}

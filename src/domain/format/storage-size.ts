/**
 * Storage sizes in words for the assessments page (#15): what this site stores and about how much
 * the browser lets it store, from `navigator.storage.estimate()`.
 */
import { getNumberFormat } from './intl-cache';

/** Decimal units, as browsers and operating systems show file sizes. */
const UNITS = [
  { size: 1e9, name: 'GB' },
  { size: 1e6, name: 'MB' },
  { size: 1e3, name: 'KB' },
] as const;

/**
 * A size in bytes as words: "512 bytes", "1.2 MB", "300 MB" ("1,2 MB" in Spanish). One decimal
 * under ten units, whole numbers above; a size that rounds up to the next unit takes that unit.
 */
export function formatByteSize(bytes: number, lang: string): string {
  const whole = Math.max(0, Math.round(bytes));
  for (const unit of UNITS) {
    if (whole >= unit.size * 0.9995) {
      const value = whole / unit.size;
      const digits = value < 9.95 ? 1 : 0;
      return `${getNumberFormat(lang, { maximumFractionDigits: digits }).format(value)} ${unit.name}`;
    }
  }
  return `${getNumberFormat(lang).format(whole)} ${whole === 1 ? 'byte' : 'bytes'}`;
}

/** What the browser says it holds and allows, in bytes. */
export interface StorageEstimate {
  readonly usage: number;
  readonly quota: number;
}

/**
 * The used and available sizes in words; null when the browser does not say (no estimate, or a
 * quota that is not a positive number), so the page shows no line rather than a wrong one.
 */
export function toStorageEstimateWords(
  estimate: StorageEstimate | null,
  lang: string,
): { readonly usage: string; readonly quota: string } | null {
  if (!estimate || !Number.isFinite(estimate.quota) || estimate.quota <= 0) return null;
  if (!Number.isFinite(estimate.usage) || estimate.usage < 0) return null;
  return {
    usage: formatByteSize(estimate.usage, lang),
    quota: formatByteSize(estimate.quota, lang),
  };
}

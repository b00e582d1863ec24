/** Number and answer formatting shared by the presentation's slides. */
import type { AgreedAnswer } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import type { PresentationProps, WizardQuestion } from '../types';
import { getNumberFormat } from '../../domain/format/intl-cache';

/** The presentation's strings. */
export type SlideStrings = PresentationProps['strings'];

/** A number in the page's language, or "none" for a missing one. */
export function formatNumber(
  value: number | null,
  lang: string,
  s: SlideStrings,
  digits = 1,
): string {
  if (value === null) return s.none;
  return getNumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A share as a whole percentage in the page's language, or "none". */
export function formatPercent(value: number | null, lang: string, s: SlideStrings): string {
  if (value === null) return s.none;
  return getNumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** The agreed answer in words: its level with the level's description, or don't know / N/A. */
export function describeAgreed(
  agreed: AgreedAnswer,
  question: WizardQuestion | undefined,
  s: SlideStrings,
): string {
  if (agreed.value === 'dont-know') return s.agreedDontKnow;
  if (agreed.value === 'not-applicable') return s.agreedNotApplicable;
  return format(s.agreedLevel, {
    n: agreed.value,
    description: question?.levels[agreed.value] ?? '',
  });
}

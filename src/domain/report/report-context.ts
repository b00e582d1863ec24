/**
 * What every section builder of the report shares: the input, its words, number and date
 * formatting in the report's language, and look-ups of dimension titles and question prompts.
 */
import { isLevel, type Answers, type Level } from '../scoring/model';
import { getAnswerState, type AnswerState } from '../scoring/score-assessment';
import type { ReportBlock } from './report-document';
import type { ReportInput, ReportQuestion, ReportText } from './report-input';
import { fill } from './fill';
import { getNumberFormat, getDateTimeFormat } from '../format/intl-cache';

export { fill };

/** Shown in a table cell that has no value. */
export const NO_VALUE = '—';

/** The shared context of the section builders. */
export interface ReportContext {
  readonly input: ReportInput;
  readonly t: ReportText;
  /** Formats a number in the report's language, e.g. 12.5 → "12,5" in Spanish. */
  readonly formatNumber: (value: number, maximumFractionDigits?: number) => string;
  /** Formats a `yyyy-mm-dd` date in the report's language; anything else is returned as it is. */
  readonly formatDate: (iso: string, style: 'long' | 'medium') => string;
  /** A dimension's title, or its id when the questionnaire does not have it. */
  readonly titleOf: (dimensionId: string) => string;
  /** A question's prompt, or its id when the questionnaire does not have it. */
  readonly promptOf: (questionId: string) => string;
  /** Every question in display order. */
  readonly questions: readonly ReportQuestion[];
}

/** Reads a `yyyy-mm-dd` date as a UTC instant, or null when it is not one. */
function parseDay(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Builds the shared context of one report. */
export function createReportContext(input: ReportInput): ReportContext {
  const { lang } = input;
  const questions = input.dimensions.flatMap((d) => d.questions);
  const prompts = new Map(questions.map((q) => [q.id, q.prompt]));
  const titles = new Map(input.dimensions.map((d) => [d.id, d.title]));
  const dateFormats = {
    long: getDateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
    medium: getDateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }),
  };
  return {
    input,
    t: input.strings.report,
    formatNumber: (value, maximumFractionDigits = 0) =>
      getNumberFormat(lang, { maximumFractionDigits }).format(value),
    formatDate: (iso, style) => {
      const date = parseDay(iso);
      return date ? dateFormats[style].format(date) : iso;
    },
    titleOf: (id) => titles.get(id) ?? id,
    promptOf: (id) => prompts.get(id) ?? id,
    questions,
  };
}

/** "54 / 100" for a score, or "not enough information" without one. */
export function formatScore(c: ReportContext, score: number | null): string {
  if (score === null) return c.t.notEnough;
  return fill(c.t.outOf, { value: c.formatNumber(toWhole(score)) });
}

/** A score or share rounded to a whole number inside 0–100. */
export function toWhole(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** A 0–1 share as a whole percentage in the report's language, e.g. "45 %". */
export function formatPercent(c: ReportContext, share: number): string {
  return fill(c.t.percent, { value: c.formatNumber(toWhole(share * 100)) });
}

/** The level of an answer, or null when it is not answered with a level. */
export function getLevel(answers: Answers, questionId: string): Level | null {
  const value = answers[questionId];
  return isLevel(value) ? value : null;
}

/** How a question was answered, in the report's input. */
export function getState(c: ReportContext, question: ReportQuestion): AnswerState {
  return getAnswerState(question, c.input.assessment.answers);
}

/** A heading block. */
export function heading(level: 1 | 2 | 3, text: string): ReportBlock {
  return { kind: 'heading', level, text };
}

/** A paragraph block. */
export function paragraph(text: string, tone?: 'lead' | 'muted' | 'danger'): ReportBlock {
  return tone ? { kind: 'paragraph', text, tone } : { kind: 'paragraph', text };
}

/** A bullet list, or a muted paragraph saying there is nothing to list. */
export function bulletsOr(items: readonly string[], empty: string): ReportBlock {
  return items.length === 0 ? paragraph(empty, 'muted') : { kind: 'bullets', items };
}

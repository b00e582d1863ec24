/** The appendix: every question of every dimension with its number, its answer in words and its note. */
import { fill, getLevel, getState, heading, paragraph, type ReportContext } from './report-context';
import type { ReportBlock, ReportSection } from './report-document';
import type { ReportQuestion } from './report-input';

/** The appendix section (`appendix`): one table per dimension, questions numbered across the report. */
export function buildAppendixSection(c: ReportContext): ReportSection {
  const tables = c.input.dimensions.flatMap((d): ReportBlock[] => [
    heading(2, d.title),
    {
      kind: 'table',
      columns: [
        { header: c.t.colNumber, width: 0.6, align: 'right' },
        { header: c.t.colQuestion, width: 4 },
        { header: c.t.colAnswer, width: 4 },
        { header: c.t.colNote, width: 3 },
      ],
      rows: d.questions.map((q) => [
        c.formatNumber(c.questions.indexOf(q) + 1),
        q.critical ? fill(c.t.critical, { prompt: q.prompt }) : q.prompt,
        getAnswerWords(c, q),
        c.input.assessment.notes[q.id]?.trim() ?? '',
      ]),
    },
  ]);
  return {
    id: 'appendix',
    blocks: [heading(1, c.t.appendixHeading), paragraph(c.t.appendixIntro, 'muted'), ...tables],
  };
}

/** "Level 2 — <level text>", "Don't know", "Not applicable" or "Not answered". */
function getAnswerWords(c: ReportContext, question: ReportQuestion): string {
  const level = getLevel(c.input.assessment.answers, question.id);
  if (level !== null) {
    return fill(c.t.answerLevel, { level, text: question.levels[level] ?? '' });
  }
  const state = getState(c, question);
  if (state === 'dont-know') return c.t.dontKnow;
  return state === 'not-applicable' ? c.t.notApplicable : c.t.notAnswered;
}

/**
 * The executive summary, meant to fit one page: the index with its maturity level, the verdict,
 * blockers first, open critical questions, the top priorities and the three next steps.
 */
import { getGapRows } from '../results/summarize-results';
import { getNextSteps as getPlanNextSteps } from '../roadmap/plan-views';
import { toDisplayIndex } from '../scoring/maturity-level';
import {
  bulletsOr,
  fill,
  formatPercent,
  getLevel,
  heading,
  paragraph,
  type ReportContext,
} from './report-context';
import type { ReportBlock, ReportSection } from './report-document';

/** How many priorities and next steps the summary lists. */
const TOP_COUNT = 3;

/** The executive summary section (`summary`). */
export function buildSummarySection(c: ReportContext): ReportSection {
  const { score } = c.input;
  return {
    id: 'summary',
    blocks: [
      heading(1, c.t.summaryHeading),
      getFigures(c),
      ...(score.provisional && score.index !== null
        ? [paragraph(fill(c.t.provisional, { coverage: formatPercent(c, score.coverage) }))]
        : []),
      ...getBlockers(c),
      ...getOpenCriticals(c),
      heading(2, c.t.prioritiesHeading),
      bulletsOr(getPriorities(c), c.t.noPriorities),
      heading(2, c.t.nextStepsHeading),
      bulletsOr(getNextSteps(c), c.t.noNextSteps),
    ],
  };
}

/** The readiness index with its maturity level in words, and the verdict. */
function getFigures(c: ReportContext): ReportBlock {
  const { score, strings } = c.input;
  const { index, maturity } = score;
  const level = maturity ? strings.maturity[maturity.id] : null;
  const indexFigure =
    index === null
      ? { label: c.t.index, value: c.t.notEnough, note: c.t.noIndexNote }
      : {
          label: c.t.index,
          value: fill(c.t.outOf, { value: c.formatNumber(toDisplayIndex(index)) }),
          ...(maturity &&
            level && {
              note: fill(c.t.maturityNote, {
                level: maturity.level,
                name: level.name,
                meaning: level.meaning,
              }),
            }),
        };
  return {
    kind: 'figures',
    items: [indexFigure, { label: c.t.verdict, value: strings.verdicts[score.verdict] }],
  };
}

/** Critical questions at level 0 or 1, as danger bullets. */
function getBlockers(c: ReportContext): ReportBlock[] {
  const { blockers } = c.input.score;
  if (blockers.length === 0) return [];
  const items = blockers.map((id) =>
    fill(c.t.blocker, {
      prompt: c.promptOf(id),
      level: getLevel(c.input.assessment.answers, id) ?? 0,
    }),
  );
  return [
    heading(2, c.t.blockersHeading),
    paragraph(c.t.blockersLead, 'muted'),
    { kind: 'bullets', items, tone: 'danger' },
  ];
}

/** Critical questions answered "don't know" or not at all. */
function getOpenCriticals(c: ReportContext): ReportBlock[] {
  const { openCriticals } = c.input.score;
  if (openCriticals.length === 0) return [];
  const items = openCriticals.map((id) =>
    fill(c.t.openCritical, {
      prompt: c.promptOf(id),
      answer: c.input.assessment.answers[id] === 'dont-know' ? c.t.dontKnow : c.t.notAnswered,
    }),
  );
  return [heading(2, c.t.openCriticalHeading), { kind: 'bullets', items }];
}

/** The three biggest weighted gaps, each with its area's biggest lever. */
function getPriorities(c: ReportContext): string[] {
  const { score, targets } = c.input;
  const levers = new Map(score.dimensions.map((d) => [d.dimensionId, d.biggestLever]));
  return getGapRows(score, targets)
    .filter((row) => row.gap === null || row.gap > 0)
    .slice(0, TOP_COUNT)
    .map((row) => {
      const area = c.titleOf(row.dimensionId);
      const lever = levers.get(row.dimensionId);
      return lever
        ? fill(c.t.priority, { area, prompt: c.promptOf(lever.questionId), level: lever.level })
        : fill(c.t.priorityUnscored, { area });
    });
}

/**
 * The next steps: what resolves the blockers listed above them (most blockers first), or with none
 * left, the initiatives that close the most; with owner and start date (#13).
 */
function getNextSteps(c: ReportContext): string[] {
  return getPlanNextSteps(c.input.roadmap).map((i) => {
    const values = { title: i.title, owner: i.owner, date: c.formatDate(i.startDate, 'long') };
    return fill(i.owner.trim() === '' ? c.t.nextStepNoOwner : c.t.nextStep, values);
  });
}

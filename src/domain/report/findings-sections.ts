/**
 * Where the organization stands: the charts (radar of current against target, bars by phase, the
 * gap table, the strongest and weakest areas) and the findings of each dimension (coverage,
 * strengths, gaps, biggest lever).
 */
import { getGapRows, getStrongest, getWeakest } from '../results/summarize-results';
import { PHASE_IDS } from '../scoring/model';
import type { DimensionScore } from '../scoring/score-assessment';
import {
  NO_VALUE,
  bulletsOr,
  fill,
  formatPercent,
  formatScore,
  getLevel,
  getState,
  heading,
  paragraph,
  toWhole,
  type ReportContext,
} from './report-context';
import type { ReportBlock, ReportSection } from './report-document';
import type { ReportDimension } from './report-input';

/** How many strongest and weakest areas are named. */
const AREA_COUNT = 3;
/** Answers at this level and above are strengths; below it, gaps. */
const STRENGTH_LEVEL = 3;

/** The charts section (`charts`): radar, bars by phase, the gap table, strongest and weakest. */
export function buildChartsSection(c: ReportContext): ReportSection {
  const { score, targets, palette, strings, dimensions } = c.input;
  const scores = new Map(score.dimensions.map((d) => [d.dimensionId, d.score]));
  const whole = (value: number | null | undefined) =>
    typeof value === 'number' ? toWhole(value) : null;
  return {
    id: 'charts',
    blocks: [
      heading(1, c.t.chartsHeading),
      {
        kind: 'radar',
        caption: c.t.radarCaption,
        labels: dimensions.map((d) => d.title),
        series: [
          {
            label: c.t.current,
            values: dimensions.map((d) => whole(scores.get(d.id))),
            color: palette.accent,
            fill: true,
          },
          {
            label: c.t.target,
            values: dimensions.map((d) => whole(targets[d.id])),
            color: palette.change,
            dashed: true,
          },
        ],
      },
      {
        kind: 'bars',
        caption: c.t.phaseCaption,
        items: PHASE_IDS.map((phase) => ({
          label: strings.phases[phase].name,
          value: whole(score.phases[phase].score),
          color: palette[phase],
        })),
        emptyLabel: c.t.notEnough,
      },
      getGapTable(c),
      ...getStrongestAndWeakest(c),
    ],
  };
}

/** The gap table, biggest weighted gap first. */
function getGapTable(c: ReportContext): ReportBlock {
  const number = (value: number | null) =>
    value === null ? NO_VALUE : c.formatNumber(toWhole(value));
  return {
    kind: 'table',
    caption: c.t.gapCaption,
    columns: [
      { header: c.t.colArea, width: 3 },
      { header: c.t.colScore, width: 1, align: 'right' },
      { header: c.t.colTarget, width: 1, align: 'right' },
      { header: c.t.colGap, width: 1, align: 'right' },
      { header: c.t.colCoverage, width: 1, align: 'right' },
    ],
    rows: getGapRows(c.input.score, c.input.targets).map((row) => [
      c.titleOf(row.dimensionId),
      number(row.score),
      number(row.target),
      number(row.gap),
      formatPercent(c, row.coverage),
    ]),
  };
}

/**
 * One line each for the strongest and weakest scored areas. With few scored areas the two lists
 * are split rather than repeated, as on the results page.
 */
function getStrongestAndWeakest(c: ReportContext): ReportBlock[] {
  const { score } = c.input;
  const scored = score.dimensions.filter((d) => d.score !== null).length;
  const strongest = getStrongest(score, Math.min(AREA_COUNT, Math.ceil(scored / 2)));
  const weakest = getWeakest(score, Math.min(AREA_COUNT, Math.floor(scored / 2)));
  const list = (dimensions: readonly DimensionScore[]) =>
    dimensions
      .map((d) =>
        fill(c.t.areaScore, { area: c.titleOf(d.dimensionId), score: formatScore(c, d.score) }),
      )
      .join(', ');
  return [
    ...(strongest.length > 0 ? [paragraph(fill(c.t.strongest, { areas: list(strongest) }))] : []),
    ...(weakest.length > 0 ? [paragraph(fill(c.t.weakest, { areas: list(weakest) }))] : []),
  ];
}

/** The findings section (`findings`): one part per dimension, in questionnaire order. */
export function buildFindingsSection(c: ReportContext): ReportSection {
  const scores = new Map(c.input.score.dimensions.map((d) => [d.dimensionId, d]));
  return {
    id: 'findings',
    blocks: [
      heading(1, c.t.findingsHeading),
      paragraph(c.t.findingsLead, 'muted'),
      ...c.input.dimensions.flatMap((d) => getFindings(c, d, scores.get(d.id))),
    ],
  };
}

/** One dimension's heading with its score, coverage, strengths, gaps and biggest lever. */
function getFindings(
  c: ReportContext,
  dimension: ReportDimension,
  result: DimensionScore | undefined,
): ReportBlock[] {
  const { answers } = c.input.assessment;
  const coverage = result?.coverage ?? 0;
  const counts = { answered: result?.counts.level ?? 0, total: dimension.questions.length };
  const leveled = dimension.questions.flatMap((q) => {
    const level = getLevel(answers, q.id);
    return level === null ? [] : [{ q, level }];
  });
  const strengths = leveled
    .filter((a) => a.level >= STRENGTH_LEVEL)
    .sort((a, b) => b.level - a.level)
    .map(({ q, level }) => fill(c.t.answerAtLevel, { prompt: q.prompt, level }));
  const gaps = [
    ...leveled
      .filter((a) => a.level < STRENGTH_LEVEL)
      .sort((a, b) => a.level - b.level)
      .map(({ q, level }) => fill(c.t.answerAtLevel, { prompt: q.prompt, level })),
    ...dimension.questions
      .filter((q) => getState(c, q) === 'dont-know')
      .map((q) => fill(c.t.answerDontKnow, { prompt: q.prompt })),
  ];
  return [
    heading(
      2,
      fill(c.t.findingHeading, {
        area: dimension.title,
        score: formatScore(c, result?.score ?? null),
      }),
    ),
    paragraph(
      fill(result?.lowCoverage === false ? c.t.coverage : c.t.coverageLow, {
        coverage: formatPercent(c, coverage),
        ...counts,
      }),
      'muted',
    ),
    heading(3, c.t.strengthsHeading),
    bulletsOr(strengths, c.t.noStrengths),
    heading(3, c.t.gapsHeading),
    bulletsOr(gaps, c.t.noGaps),
    paragraph(getLeverLine(c, result)),
  ];
}

/** What would move the dimension most, or why nothing would. */
function getLeverLine(c: ReportContext, result: DimensionScore | undefined): string {
  const lever = result?.biggestLever;
  if (lever) {
    return fill(c.t.lever, {
      prompt: c.promptOf(lever.questionId),
      level: lever.level,
      points: c.formatNumber(lever.pointsLost, 1),
    });
  }
  return result?.score === null || result === undefined ? c.t.noAnswers : c.t.noLever;
}

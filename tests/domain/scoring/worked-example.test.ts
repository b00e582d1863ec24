import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { getGap, getPresetTargets } from '~/domain/scoring/targets';
import {
  WORKED_EXAMPLE_ANSWERS,
  WORKED_EXAMPLE_FIGURES as figures,
  WORKED_EXAMPLE_MODEL,
} from '~/domain/scoring/worked-example';

describe("the method page's worked example, recomputed by the engine", () => {
  const result = scoreAssessment(WORKED_EXAMPLE_MODEL, WORKED_EXAMPLE_ANSWERS);
  const dimension = (id: string) => result.dimensions.find((d) => d.dimensionId === id)!;
  const percent = (share: number) => Math.round(share * 100);

  it.each(['processes', 'strategy'] as const)(
    '%s: score, coverage, contributions and lever',
    (id) => {
      const d = dimension(id);
      const stated = figures[id];
      expect(d.score).toBeCloseTo(stated.score, 10);
      expect(percent(d.coverage)).toBe(stated.coveragePercent);
      const contributions = Object.fromEntries(
        d.contributions.map((c) => [c.questionId, { points: c.points, lost: c.pointsLost }]),
      );
      expect(contributions).toEqual(stated.contributions);
      expect(d.biggestLever?.questionId).toBe(stated.biggestLever);
    },
  );

  it('index, coverage, maturity, blockers and verdict', () => {
    expect(result.index).toBeCloseTo(figures.index, 10);
    expect(percent(result.coverage)).toBe(figures.overallCoveragePercent);
    expect(result.maturity?.level).toBe(figures.maturityLevel);
    expect(result.blockers).toEqual(figures.blockers);
    expect(result.verdict).toBe(figures.verdict);
  });

  it('gaps against the competitive preset', () => {
    const targets = getPresetTargets('competitive', ['processes', 'strategy']);
    expect(getGap(dimension('processes').score, targets['processes']!)).toBeCloseTo(
      figures.gaps.processes,
      10,
    );
    expect(getGap(dimension('strategy').score, targets['strategy']!)).toBeCloseTo(
      figures.gaps.strategy,
      10,
    );
  });
});

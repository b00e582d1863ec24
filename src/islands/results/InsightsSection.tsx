/** Strongest and weakest areas, and what to do first: the levers of the biggest gaps. */
import type { UiStrings } from '../../i18n/types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import { getStrongest, getWeakest, type GapRow } from '../../domain/results/summarize-results';
import { format } from '../../i18n/format';
import type { LeanDimension } from '../types';

interface Props {
  score: AssessmentScore;
  rows: readonly GapRow[];
  dimensions: readonly LeanDimension[];
  strings: UiStrings['results'];
}

export function InsightsSection({ score, rows, dimensions, strings: s }: Props) {
  const titleOf = (id: string) => dimensions.find((d) => d.id === id)?.title ?? id;
  const promptOf = (id: string) =>
    dimensions.flatMap((d) => d.questions).find((q) => q.id === id)?.prompt ?? id;
  const list = (items: readonly { dimensionId: string; score: number | null }[]) =>
    items.length === 0 ? (
      <p>{s.noneYet}</p>
    ) : (
      <ol>
        {items.map((d) => (
          <li key={d.dimensionId}>
            {titleOf(d.dimensionId)}: {format(s.outOf, { value: Math.round(d.score ?? 0) })}
          </li>
        ))}
      </ol>
    );
  const top = rows.filter((r) => r.gap === null || r.gap > 0).slice(0, 3);
  // With few scored areas the two lists would repeat each other: split them instead.
  const scored = score.dimensions.filter((d) => d.score !== null).length;
  const strongest = getStrongest(score, Math.min(3, Math.ceil(scored / 2)));
  const weakest = getWeakest(score, Math.min(3, Math.floor(scored / 2)));
  return (
    <section class="stack" aria-labelledby="insights-heading">
      <h2 id="insights-heading">{s.recommendationsHeading}</h2>
      <p>{s.recommendationsLead}</p>
      <ol class="recommendations">
        {top.map((row) => {
          const lever = score.dimensions.find(
            (d) => d.dimensionId === row.dimensionId,
          )?.biggestLever;
          return (
            <li key={row.dimensionId}>
              {lever
                ? format(s.recommendation, {
                    area: titleOf(row.dimensionId),
                    prompt: promptOf(lever.questionId),
                    level: lever.level,
                  })
                : format(s.recommendationUnscored, { area: titleOf(row.dimensionId) })}
            </li>
          );
        })}
      </ol>
      <div class="two-columns">
        <div class="stack">
          <h3>{s.strongestHeading}</h3>
          {list(strongest)}
        </div>
        <div class="stack">
          <h3>{s.weakestHeading}</h3>
          {list(weakest)}
        </div>
      </div>
    </section>
  );
}

/** One criterion: its weight (with the assessment's reasoning) and the four options' scores. */
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { OptionId } from '../../domain/decision/model';
import type { WeightReasoning } from '../../domain/decision/default-weights';
import type { DecisionCriterionText } from './decision-props';

/** One applied adjustment in words, and why it applies. */
export interface AdjustmentLine {
  readonly text: string;
  readonly why: string;
}

interface Props {
  criterion: DecisionCriterionText;
  optionIds: readonly OptionId[];
  weight: number;
  reasoning: WeightReasoning | undefined;
  /** The adjustments in words, shown when an assessment is linked. */
  adjustmentLines: readonly AdjustmentLine[];
  scores: Readonly<Record<OptionId, number>>;
  /** The scores before the user's own, as they hold for the organization's size. */
  baseScores: Readonly<Record<OptionId, number>>;
  /** Why the scores were set for the organization's size, when they were. */
  sizeLine: string | null;
  strings: UiStrings['decision'];
  onWeight: (weight: number) => void;
  onScore: (optionId: OptionId, score: number) => void;
}

const POINTS = [0, 1, 2, 3, 4, 5] as const;

export function CriterionRow({
  criterion: c,
  optionIds,
  weight,
  reasoning,
  adjustmentLines,
  scores,
  baseScores,
  sizeLine,
  strings: s,
  onWeight,
  onScore,
}: Props) {
  const defaultWeight = reasoning?.weight ?? c.defaultWeight;
  const weightId = `weight-${c.id}`;
  return (
    <tr>
      <th scope="row" class="criterion-cell">
        <span class="criterion-name">{c.name}</span>
        <span class="criterion-description">{c.description}</span>
        {reasoning && adjustmentLines.length > 0 && (
          <span class="adjusted">
            <span class="adjusted-heading">
              {format(s.adjustedHeading, {
                weight: reasoning.weight,
                usual: reasoning.defaultWeight,
              })}
            </span>
            {adjustmentLines.map((line) => (
              <span key={line.text} class="adjusted-line">
                {line.text} <span class="adjusted-why">{line.why}</span>
              </span>
            ))}
            {reasoning.unclampedWeight !== reasoning.weight && (
              <span class="adjusted-line">{s.clamped}</span>
            )}
          </span>
        )}
        {sizeLine && <span class="adjusted size-scaled">{sizeLine}</span>}
        <details class="reasons">
          <summary>{s.whyScores}</summary>
          <ul>
            {optionIds.map((o) => {
              const authored = baseScores[o];
              return (
                <li key={o}>
                  {format(s.reasonLine, {
                    option: s.optionShort[o],
                    score: authored,
                    reason: c.scores[o].reason,
                  })}
                  {scores[o] !== authored && (
                    <strong>
                      {' '}
                      {format(s.overridden, { score: scores[o], default: authored })}
                    </strong>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      </th>
      <td class="weight-cell">
        <label for={weightId} class="cell-label">
          {s.colWeight}
        </label>
        <select
          id={weightId}
          aria-label={format(s.weightLabel, { criterion: c.name })}
          value={String(weight)}
          class={weight === defaultWeight ? undefined : 'changed'}
          onChange={(event) => onWeight(Number(event.currentTarget.value))}
        >
          {POINTS.map((p) => (
            <option key={p} value={String(p)}>
              {s.weightOptions[p]}
            </option>
          ))}
        </select>
        {weight !== defaultWeight && (
          <span class="default-note">{format(s.defaultValue, { value: defaultWeight })}</span>
        )}
      </td>
      {optionIds.map((o) => {
        const id = `score-${c.id}-${o}`;
        const authored = baseScores[o];
        return (
          <td key={o} class="score-cell">
            <label for={id} class="cell-label">
              {s.optionShort[o]}
            </label>
            <select
              id={id}
              aria-label={format(s.scoreLabel, { option: s.optionShort[o], criterion: c.name })}
              value={String(scores[o])}
              class={scores[o] === authored ? undefined : 'changed'}
              onChange={(event) => onScore(o, Number(event.currentTarget.value))}
            >
              {POINTS.map((p) => (
                <option key={p} value={String(p)}>
                  {p}
                </option>
              ))}
            </select>
            {scores[o] !== authored && (
              <span class="default-note">{format(s.defaultValue, { value: authored })}</span>
            )}
          </td>
        );
      })}
    </tr>
  );
}

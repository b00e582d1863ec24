/** The criteria table: a weight per criterion, four overridable scores, and the live result. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import { setCriterionWeight, setOptionScore } from '../../stores/decision';
import type { OptionId } from '../../domain/decision/model';
import type { AppliedAdjustment } from '../../domain/decision/default-weights';
import type {
  DecisionCriterionText,
  DecisionDimension,
  DecisionOptionText,
} from './decision-props';
import type { DecisionView } from '../../domain/decision-view';
import { CriterionRow, type AdjustmentLine } from './CriterionRow';
import { formatList, formatReadable } from './decision-format';
import { getRecommendationText, type DecisionNames } from './recommendation-text';

interface Props {
  criteria: readonly DecisionCriterionText[];
  options: readonly DecisionOptionText[];
  decision: DecisionView;
  names: DecisionNames;
  dimensions: readonly DecisionDimension[];
  profileOptions: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The words of the organization's size band, when it is known. */
  sizeLabel: string | undefined;
  strings: UiStrings['decision'];
  lang: Lang;
}

/** The authored scores of a criterion, by option. */
function toScores(c: DecisionCriterionText): Record<OptionId, number> {
  return Object.fromEntries(Object.entries(c.scores).map(([o, v]) => [o, v.score])) as Record<
    OptionId,
    number
  >;
}

/** Returns an adjustment in words: "+1: reason", and why it applies: "Your answer: Small (10 to 49)". */
function describeAdjustment(a: AppliedAdjustment, props: Props): AdjustmentLine {
  const { strings: s, lang } = props;
  const t = a.trigger;
  const why =
    t.kind === 'profile'
      ? format(s.triggerProfile, {
          answers: formatList(
            t.matched.map((id) => props.profileOptions[t.field]?.[id] ?? id),
            lang,
          ),
        })
      : format(s.triggerDimension, {
          area: props.dimensions.find((d) => d.id === t.dimension)?.title ?? t.dimension,
          score: formatReadable(t.score, lang),
          threshold: t.scoreBelow,
        });
  const change = a.weightChange > 0 ? `+${a.weightChange}` : `−${Math.abs(a.weightChange)}`;
  return { text: format(s.adjustment, { change, reason: a.reason[lang] }), why };
}

export function CriteriaSection(props: Props) {
  const { criteria, options, decision: d, strings: s, lang } = props;
  const optionIds = options.map((o) => o.id);
  return (
    <section class="stack" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{s.criteriaHeading}</h2>
      <p class="prose">{s.criteriaLead}</p>
      <div class="criteria-wrap">
        <table class="criteria-table">
          <caption class="visually-hidden">{s.criteriaCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colCriterion}</th>
              <th scope="col">{s.colWeight}</th>
              {options.map((o) => (
                <th key={o.id} scope="col">
                  {s.optionShort[o.id]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => {
              const reasoning = d.defaults.reasoning[c.id];
              const base = d.baseScores[c.id] ?? toScores(c);
              const scores = Object.fromEntries(
                optionIds.map((o) => [o, d.overrides[c.id]?.[o] ?? base[o]]),
              ) as Record<OptionId, number>;
              return (
                <CriterionRow
                  key={c.id}
                  criterion={c}
                  optionIds={optionIds}
                  weight={d.weights[c.id] ?? c.defaultWeight}
                  reasoning={reasoning}
                  adjustmentLines={
                    d.informed && reasoning
                      ? reasoning.adjustments.map((a) => describeAdjustment(a, props))
                      : []
                  }
                  scores={scores}
                  baseScores={base}
                  sizeLine={
                    c.sizeScaling && d.sizeScaled.includes(c.id)
                      ? format(s.sizeScaled, {
                          size: props.sizeLabel ?? '',
                          reason: c.sizeScaling.reason,
                        })
                      : null
                  }
                  strings={s}
                  onWeight={(weight) =>
                    setCriterionWeight(c.id, weight, reasoning?.weight ?? c.defaultWeight)
                  }
                  onScore={(optionId, score) =>
                    setOptionScore(c.id, optionId, score, base[optionId])
                  }
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="live-result" aria-live="polite">
        {getRecommendationText(d.ranking, props.names, s, lang)}
      </p>
    </section>
  );
}

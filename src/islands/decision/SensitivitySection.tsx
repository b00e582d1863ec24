/** For each criterion, the smallest weight change that would put another option first. */
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { CriterionSensitivity, Sensitivity } from '../../domain/decision/sensitivity';
import type { DecisionNames } from './recommendation-text';

interface Props {
  sensitivity: Sensitivity;
  names: DecisionNames;
  strings: UiStrings['decision'];
}

/** Returns what would change the recommendation for one criterion, in words. */
function describeFlip(row: CriterionSensitivity, names: DecisionNames, s: Props['strings']) {
  const flip = row.smallest;
  if (!flip) return s.noFlip;
  return format(flip.change > 0 ? s.raiseTo : s.lowerTo, {
    weight: flip.weight,
    change: Math.abs(flip.change),
    option: names.options[flip.topOptionId],
  });
}

export function SensitivitySection({ sensitivity, names, strings: s }: Props) {
  const rows = sensitivity.criteria;
  const flips = rows.filter((r) => r.smallest !== null).length;
  return (
    <section class="stack" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">{s.sensitivityHeading}</h2>
      <p class="hint">{s.sensitivityLead}</p>
      {sensitivity.topOptionId === null ? (
        <p class="banner warning">{s.unranked}</p>
      ) : (
        <>
          <p>
            {flips === 0
              ? s.sensitivityNone
              : format(s.sensitivitySome, { count: flips, total: rows.length })}
          </p>
          <div
            class="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="sensitivity-caption"
          >
            <table class="sensitivity-table">
              <caption id="sensitivity-caption">{s.sensitivityCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colCriterion}</th>
                  <th scope="col">{s.colChange}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.criterionId} class={row.smallest ? 'flips' : undefined}>
                    <th scope="row">
                      {names.criteria[row.criterionId]}
                      <span class="weight-now">{format(s.weightNow, { weight: row.weight })}</span>
                    </th>
                    <td>{describeFlip(row, names, s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

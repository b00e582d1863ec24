/** For each criterion, the smallest weight change that would put another option first. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { Ranking } from '../../domain/decision/rank-options';
import type { CriterionSensitivity, Sensitivity } from '../../domain/decision/sensitivity';
import { describeLead, describeWeightFlip } from '../../domain/decision/sensitivity-text';
import type { DecisionNames } from './recommendation-text';

interface Props {
  sensitivity: Sensitivity;
  ranking: Ranking;
  names: DecisionNames;
  strings: UiStrings['decision'];
  lang: Lang;
}

/** Returns what would change the recommendation for one criterion, in words. */
function describeFlip(row: CriterionSensitivity, names: DecisionNames, s: Props['strings']) {
  return row.smallest ? describeWeightFlip(row.smallest, names.options, s) : s.noFlip;
}

export function SensitivitySection({ sensitivity, ranking, names, strings: s, lang }: Props) {
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
              ? (describeLead(ranking, names.options, s, lang) ?? s.sensitivityNone)
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

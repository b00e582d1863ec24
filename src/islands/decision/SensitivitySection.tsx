/** What would change the recommendation: only the weight changes that would, nearest first. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { Ranking } from '../../domain/decision/rank-options';
import { getFlips, type Sensitivity } from '../../domain/decision/sensitivity';
import { describeLead, describeWeightFlip } from '../../domain/decision/sensitivity-text';
import type { DecisionNames } from './recommendation-text';

interface Props {
  sensitivity: Sensitivity;
  ranking: Ranking;
  names: DecisionNames;
  strings: UiStrings['decision'];
  lang: Lang;
}

export function SensitivitySection({ sensitivity, ranking, names, strings: s, lang }: Props) {
  const flips = getFlips(sensitivity);
  return (
    <section class="stack" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">{s.sensitivityHeading}</h2>
      {sensitivity.topOptionId === null ? (
        <p class="banner warning">{s.unranked}</p>
      ) : flips.length === 0 ? (
        <p>{describeLead(ranking, names.options, s, lang) ?? s.sensitivityNone}</p>
      ) : (
        <>
          <p>
            {format(s.sensitivitySome, {
              count: flips.length,
              total: sensitivity.criteria.length,
            })}
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
                {flips.map((row) => (
                  <tr key={row.criterionId} class="flips">
                    <th scope="row">
                      {names.criteria[row.criterionId]}
                      <span class="weight-now">{format(s.weightNow, { weight: row.weight })}</span>
                    </th>
                    <td>{describeWeightFlip(row.smallest, names.options, s)}</td>
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

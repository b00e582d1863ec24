/** The overview slide: each dimension's mean score, spread (in words) and share without consensus. */
import { getSpreadLevel } from '../../domain/workshop/spread-level';
import { format } from '../../i18n/format';
import type { SlideProps } from './slide-props';
import { formatNumber, formatPercent } from './slide-text';

export function OverviewSlide({
  slide,
  headingRef,
  strings: s,
  lang,
  titleOf,
}: SlideProps<'overview'>) {
  const spreadWords = { low: s.spreadLow, medium: s.spreadMedium, high: s.spreadHigh };
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1}>
        {s.overviewHeading}
      </h2>
      <p class="slide-lead">{s.overviewIntro}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="overview-caption">
        <table class="heat-table">
          <caption id="overview-caption" class="visually-hidden">
            {s.overviewHeading}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.dimension}</th>
              <th scope="col">{s.meanScore}</th>
              <th scope="col">{s.spread}</th>
              <th scope="col">{s.noConsensus}</th>
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((row) => {
              const spread = getSpreadLevel(row);
              return (
                <tr key={row.dimensionId}>
                  <th scope="row">{titleOf(row.dimensionId)}</th>
                  <td>{formatNumber(row.mean, lang, s, 0)}</td>
                  <td class={spread ? `spread-${spread}` : undefined}>
                    {spread
                      ? format(
                          Math.round(row.standardDeviation ?? 0) === 1
                            ? s.spreadValueOne
                            : s.spreadValue,
                          {
                            level: spreadWords[spread],
                            points: formatNumber(row.standardDeviation, lang, s, 0),
                          },
                        )
                      : s.none}
                  </td>
                  <td>{formatPercent(row.noConsensusShare, lang, s)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The gap table: each area's score, target, gap and coverage, biggest weighted gap first. */
import type { UiStrings } from '../../i18n/types';
import { formatScore } from '../../i18n/format';
import type { GapRow } from '../../domain/results/summarize-results';

interface Props {
  rows: readonly GapRow[];
  titles: Readonly<Record<string, string>>;
  strings: UiStrings['results'];
  lang: string;
}

export function GapTable({ rows, titles, strings: s, lang }: Props) {
  const number = (value: number | null) => formatScore(value, lang, s.notEnough);
  return (
    <>
      <h3 id="gap-heading">{s.gapHeading}</h3>
      <p class="hint">{s.gapLead}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="gap-heading">
        <table class="gap-table">
          <thead>
            <tr>
              <th scope="col">{s.colArea}</th>
              <th scope="col" class="num">
                {s.colScore}
              </th>
              <th scope="col" class="num">
                {s.colTarget}
              </th>
              <th scope="col" class="num">
                {s.colGap}
              </th>
              <th scope="col" class="num">
                {s.colCoverage}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.dimensionId}>
                <th scope="row">{titles[row.dimensionId]}</th>
                <td class="num">{number(row.score)}</td>
                <td class="num">{number(row.target)}</td>
                <td class="num">
                  <strong>{number(row.gap)}</strong>
                </td>
                <td class={row.lowCoverage ? 'num low' : 'num'}>
                  {Math.round(row.coverage * 100)} %
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

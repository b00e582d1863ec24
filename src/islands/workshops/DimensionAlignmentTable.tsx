/** Alignment per dimension: the spread of the participants' own dimension scores, and disputed questions. */
import type { UiStrings } from '../../i18n/types';
import type { DimensionAlignment } from '../../domain/workshop/dimension-alignment';
import { format } from '../../i18n/format';
import { formatFigure } from './workshop-format';
import { formatRange } from './alignment-text';

interface Props {
  dimensions: readonly DimensionAlignment[];
  titles: Readonly<Record<string, string>>;
  strings: UiStrings['workshop'];
  lang: string;
}

export function DimensionAlignmentTable({ dimensions, titles, strings: s, lang }: Props) {
  const figure = (value: number | null) => formatFigure(value, lang, s.none);
  return (
    <div>
      {/* The caption is shown outside the scrolling box, so that it stays readable on a phone. */}
      <p class="table-title" aria-hidden="true">
        {s.dimensionsCaption}
      </p>
      {/* A region with a name, focusable, so that keyboard users can scroll a wide table. */}
      <div class="table-scroll" role="region" aria-labelledby="dimension-caption" tabIndex={0}>
        <table class="alignment-table">
          <caption id="dimension-caption" class="visually-hidden">
            {s.dimensionsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.colDimension}</th>
              <th scope="col" class="num">
                {s.colScored}
              </th>
              <th scope="col" class="num">
                {s.colMean}
              </th>
              <th scope="col" class="num">
                {s.colMedian}
              </th>
              <th scope="col" class="num">
                {s.colRange}
              </th>
              <th scope="col" class="num">
                {s.colSd}
              </th>
              <th scope="col" class="num">
                {s.colDisputed}
              </th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.dimensionId}>
                <th scope="row">{titles[d.dimensionId] ?? d.dimensionId}</th>
                <td class="num">{d.scores.count}</td>
                <td class="num">{figure(d.scores.mean)}</td>
                <td class="num">{figure(d.scores.median)}</td>
                <td class="num">{formatRange(d.scores.min, d.scores.max, lang, s)}</td>
                <td class="num">{figure(d.scores.standardDeviation)}</td>
                <td class="num">
                  {d.comparedQuestions === 0
                    ? s.none
                    : format(s.disputedOf, {
                        disputed: d.disputedQuestions,
                        compared: d.comparedQuestions,
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

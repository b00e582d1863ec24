/** The trend's figures (#16): a row for the index and each area, a column per run, and the change. */
import type { UiStrings } from '../../i18n/types';
import { INDEX_ROW, type TrendView } from '../../domain/follow/trend-view';
import { formatWhole, getNumberFormat } from '../../domain/format/intl-cache';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';

interface Props {
  view: TrendView;
  titles: Readonly<Record<string, string>>;
  strings: UiStrings['follow']['trend'];
  lang: string;
  span: { count: number; from: string; to: string };
}

/** A change in whole points with its sign, e.g. "+6", "−3" as the language writes it, "0". */
export function formatChange(value: number, lang: string): string {
  return getNumberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
    value,
  );
}

export function TrendTable({ view, titles, strings: t, lang, span }: Props) {
  const score = (value: number | null) => (value === null ? t.noScore : formatWhole(value, lang));
  return (
    <div class="table-scroll" role="region" aria-labelledby="trend-caption" tabIndex={0}>
      <table class="trend-table">
        <caption id="trend-caption">{format(t.tableCaption, span)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.areaColumn}</th>
            {view.runs.map((run) => (
              <th key={run.id} scope="col" class="num">
                {formatDay(run.day, lang)}
              </th>
            ))}
            <th scope="col" class="num">
              {t.changeColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.id} class={row.id === INDEX_ROW ? 'trend-index' : undefined}>
              <th scope="row">{row.id === INDEX_ROW ? t.index : (titles[row.id] ?? row.id)}</th>
              {row.values.map((value, i) => (
                <td key={view.runs[i]?.id} class="num">
                  {score(value)}
                </td>
              ))}
              <td class="num">
                {row.change === null ? t.noScore : formatChange(row.change, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

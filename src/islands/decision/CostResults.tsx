/** The cost over the years: a line chart, the same figures as tables, and the cheapest in words. */
import { useMemo } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { OptionId } from '../../domain/decision/model';
import type { TcoResult } from '../../domain/decision/tco';
import type { Palette } from '../../design/tokens';
import { buildCostLineConfig, type PointShape } from '../../adapters/chart/chart-configs';
import { usePalette } from '../results/use-palette';
import { CostChart } from './CostChart';
import { formatHorizon, formatMoney } from './decision-format';
import { describeCheapest } from './cheapest-text';
import type { DecisionNames } from './recommendation-text';

interface Props {
  tco: TcoResult;
  currency: string;
  names: DecisionNames;
  /** The option the criteria recommend, to compare with the cheapest. */
  topOptionId: OptionId | null;
  strings: UiStrings['decision'];
  lang: Lang;
}

/** Each option's line: a colour, a dash pattern and a point shape, so colour is never alone. */
const LINE_STYLES: Readonly<
  Record<OptionId, { color: keyof Palette; dash: number[]; pointStyle: PointShape }>
> = {
  'packaged-saas': { color: 'accent', dash: [], pointStyle: 'circle' },
  'packaged-on-premise': { color: 'diagnosis', dash: [10, 5], pointStyle: 'rect' },
  'custom-development': { color: 'change', dash: [3, 4], pointStyle: 'triangle' },
  'hybrid-platform': { color: 'action', dash: [14, 4, 3, 4], pointStyle: 'rectRot' },
};

export function CostResults(props: Props) {
  const { tco, currency, strings: s, lang } = props;
  const palette = usePalette();
  const years = useMemo(
    () => Array.from({ length: tco.years }, (_, i) => format(s.yearN, { year: i + 1 })),
    [tco.years, s],
  );
  const money = (value: number) => formatMoney(value, lang, currency);
  const config = useMemo(
    () =>
      buildCostLineConfig(
        years,
        tco.options.map((o) => ({
          label: s.optionShort[o.optionId],
          values: o.cumulative,
          color: palette[LINE_STYLES[o.optionId].color],
          dash: LINE_STYLES[o.optionId].dash,
          pointStyle: LINE_STYLES[o.optionId].pointStyle,
        })),
        palette,
        {
          tick: (value) => formatMoney(value, lang, currency, true),
          full: (value) => formatMoney(value, lang, currency),
        },
      ),
    [years, tco, palette, currency, lang, s],
  );
  const header = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {tco.options.map((o) => (
          <th key={o.optionId} scope="col" class="num">
            {s.optionShort[o.optionId]}
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <div class="stack">
      <p class="cheapest">{describeCheapest(props)}</p>
      <figure class="stack">
        <CostChart config={config} label={s.chartLabel} />
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="cumulative-caption">
          <table class="cost-table">
            <caption id="cumulative-caption">{format(s.cumulativeCaption, { currency })}</caption>
            {header(s.colYear)}
            <tbody>
              {years.map((label, i) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {tco.options.map((o) => (
                    <td key={o.optionId} class="num">
                      {money(o.cumulative[i] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="summary-caption">
        <table class="cost-table">
          <caption id="summary-caption">{format(s.summaryCaption, { currency })}</caption>
          {header(s.colItem)}
          <tbody>
            {(['oneOff', 'yearly', 'total'] as const).map((row) => (
              <tr key={row} class={row === 'total' ? 'total' : undefined}>
                <th scope="row">
                  {row === 'total'
                    ? format(s.total, { horizon: formatHorizon(tco.years, lang, s.horizon) })
                    : s[row]}
                </th>
                {tco.options.map((o) => (
                  <td key={o.optionId} class="num">
                    {money(o[row])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

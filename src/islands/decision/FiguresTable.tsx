/** The cost figures as a table of inputs: one row per cost item, one column per option. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { OptionId } from '../../domain/decision/model';
import type { TcoInputs } from '../../domain/decision/tco';
import { getFigureMax, type TcoFigureKey } from '../../domain/decision/decision-plan';
import { NumberField } from './NumberField';

interface Props {
  optionIds: readonly OptionId[];
  inputs: TcoInputs;
  /** ISO 4217 code, for the caption. */
  currency: string;
  strings: UiStrings['decision'];
  lang: Lang;
  onFigure: (optionId: OptionId, key: TcoFigureKey, value: number) => void;
}

/** The cost items in the order a quote lists them: one-off first, then yearly. */
const ITEMS: readonly TcoFigureKey[] = [
  'subscriptionPerUserMonth',
  'licencePerUser',
  'implementation',
  'customization',
  'integration',
  'dataMigration',
  'training',
  'internalStaffPerYear',
  'hostingPerYear',
  'maintenancePercent',
  'upgradesPerYear',
];

export function FiguresTable({ optionIds, inputs, currency, strings: s, lang, onFigure }: Props) {
  return (
    <div class="figures-wrap">
      <table class="figures-table">
        <caption>{format(s.figuresCaption, { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colItem}</th>
            {optionIds.map((o) => (
              <th key={o} scope="col">
                {s.optionShort[o]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ITEMS.map((key) => (
            <tr key={key}>
              <th scope="row">{s.items[key]}</th>
              {optionIds.map((o) => (
                <td key={o}>
                  <NumberField
                    id={`figure-${o}-${key}`}
                    label={s.optionShort[o]}
                    labelClass="cell-label"
                    name={format(s.figureLabel, { option: s.optionShort[o], item: s.items[key] })}
                    value={inputs.options[o][key]}
                    rules={{ min: 0, max: getFigureMax(key) }}
                    lang={lang}
                    strings={s}
                    onValue={(value) => onFigure(o, key, value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

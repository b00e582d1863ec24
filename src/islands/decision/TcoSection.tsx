/** Total cost of ownership: currency, horizon and users, the figures per option, and the results. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { OptionId } from '../../domain/decision/model';
import { TCO_LIMITS } from '../../domain/decision/tco';
import { setTcoFigure, setTcoSetting } from '../../stores/decision';
import type { DecisionOptionText } from './decision-props';
import type { DecisionView } from '../../domain/decision-view';
import type { DecisionNames } from './recommendation-text';
import { CURRENCIES, getCurrencyLabel } from './decision-format';
import { NumberField } from './NumberField';
import { FiguresTable } from './FiguresTable';
import { CostResults } from './CostResults';

interface Props {
  decision: DecisionView;
  options: readonly DecisionOptionText[];
  names: DecisionNames;
  topOptionId: OptionId | null;
  strings: UiStrings['decision'];
  lang: Lang;
}

export function TcoSection({ decision: d, options, names, topOptionId, strings: s, lang }: Props) {
  // A currency saved by another version of the site stays selectable.
  const currencies: readonly string[] = (CURRENCIES as readonly string[]).includes(d.currency)
    ? CURRENCIES
    : [d.currency, ...CURRENCIES];
  return (
    <section class="stack" aria-labelledby="tco-heading">
      <h2 id="tco-heading">{s.tcoHeading}</h2>
      <p class="prose">{s.tcoLead}</p>
      <p class="hint prose">{s.tcoDefaultsNote}</p>
      <div class="tco-settings">
        <div class="field">
          <label for="tco-currency">{s.currencyLabel}</label>
          <select
            id="tco-currency"
            aria-describedby="tco-currency-note"
            value={d.currency}
            onChange={(event) => {
              const currency = event.currentTarget.value;
              setTcoSetting({ currency });
            }}
          >
            {currencies.map((code) => (
              <option key={code} value={code}>
                {getCurrencyLabel(code, lang)}
              </option>
            ))}
          </select>
          <p class="hint" id="tco-currency-note">
            {s.currencyNote}
          </p>
        </div>
        <NumberField
          id="tco-years"
          class="field"
          label={s.yearsLabel}
          value={d.tcoInputs.years}
          rules={{ min: TCO_LIMITS.minYears, max: TCO_LIMITS.maxYears, integer: true }}
          lang={lang}
          strings={s}
          onValue={(years) => setTcoSetting({ years })}
        />
        <NumberField
          id="tco-users"
          class="field"
          label={s.usersLabel}
          value={d.tcoInputs.users}
          rules={{ min: 1, max: TCO_LIMITS.maxUsers, integer: true }}
          lang={lang}
          strings={s}
          onValue={(users) => setTcoSetting({ users })}
        />
      </div>
      <FiguresTable
        optionIds={options.map((o) => o.id)}
        inputs={d.tcoInputs}
        currency={d.currency}
        strings={s}
        lang={lang}
        onFigure={(optionId, key, value) => setTcoFigure(optionId, key, value)}
      />
      <CostResults
        tco={d.tco}
        currency={d.currency}
        names={names}
        topOptionId={topOptionId}
        strings={s}
        lang={lang}
      />
    </section>
  );
}

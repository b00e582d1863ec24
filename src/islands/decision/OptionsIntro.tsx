/** The four options, each with the short name the tables and the chart use. */
import type { UiStrings } from '../../i18n/types';
import type { DecisionOptionText } from './decision-props';

interface Props {
  options: readonly DecisionOptionText[];
  strings: UiStrings['decision'];
}

export function OptionsIntro({ options, strings: s }: Props) {
  return (
    <section class="stack" aria-labelledby="options-heading">
      <h2 id="options-heading">{s.optionsHeading}</h2>
      <dl class="option-list">
        {options.map((o) => (
          <div key={o.id} class={`option-item option-${o.id}`}>
            <dt>
              <span class="option-tag">{s.optionShort[o.id]}</span> {o.name}
            </dt>
            <dd>{o.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

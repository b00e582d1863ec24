/** The initiatives left out of the plan, each with a box to put it back. */
import type { UiStrings } from '../../i18n/types';
import type { RelatedInitiative } from '../../domain/roadmap-view';
import { format } from '../../i18n/format';

interface Props {
  excluded: readonly RelatedInitiative[];
  strings: UiStrings['roadmap'];
  onInclude: (initiativeId: string) => void;
}

export function ExcludedList({ excluded, strings: s, onInclude }: Props) {
  return (
    <div class="stack">
      <h3 id="excluded-heading">{s.excludedHeading}</h3>
      <ul class="excluded-list" aria-labelledby="excluded-heading">
        {excluded.map(({ id, title }) => (
          <li key={id}>
            <label class="inline-choice">
              <input type="checkbox" checked={false} onChange={() => onInclude(id)} />
              {format(s.includeLabel, { title })}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The results page's section menu: a sticky strip of links to each section's fragment, the one in
 * view marked for screen readers (aria-current). On a phone it is one line that scrolls sideways.
 */
import type { UiStrings } from '../../i18n/types';
import { RESULTS_SECTIONS } from '../../domain/results/results-sections';
import { landOnFragment } from './land-on-fragment';
import { useCurrentSection } from './use-current-section';

interface Props {
  strings: UiStrings['results'];
}

export function SectionMenu({ strings: s }: Props) {
  const current = useCurrentSection();
  return (
    <nav class="section-menu" aria-label={s.sectionsLabel}>
      <ul>
        {RESULTS_SECTIONS.map((id) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={current === id ? 'location' : undefined}
              onClick={(event) => {
                // The fragment is already this one: no hashchange follows, so land here ourselves.
                if (globalThis.location.hash !== `#${id}`) return;
                event.preventDefault();
                landOnFragment(id);
              }}
            >
              {s.sections[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

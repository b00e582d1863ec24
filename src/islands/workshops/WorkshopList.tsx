/** The workshops saved in this browser, one card each, or a line saying there is none. */
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { WorkshopCard } from './WorkshopCard';

interface Props {
  workshops: readonly Workshop[];
  /** Questions in the questionnaire, for each card's progress. */
  total: number;
  lang: string;
  strings: UiStrings['workshop'];
  href: (id: string) => string;
  onBackup: (workshop: Workshop) => void;
  onDelete: (workshop: Workshop) => void;
}

export function WorkshopList({ workshops, strings: s, ...props }: Props) {
  return (
    <section aria-labelledby="workshops-heading" class="stack">
      <h2 id="workshops-heading">{s.savedHeading}</h2>
      {workshops.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <ul class="cards">
          {workshops.map((w) => (
            <WorkshopCard
              key={w.id}
              workshop={w}
              total={props.total}
              lang={props.lang}
              strings={s}
              href={props.href(w.id)}
              onBackup={() => props.onBackup(w)}
              onDelete={() => props.onDelete(w)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

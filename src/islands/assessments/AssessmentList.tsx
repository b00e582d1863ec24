/** The list of the assessments in this browser, one card each, or a line saying there is none. */
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentListItem } from '../../domain/assessment-list-view';
import { AssessmentCard } from './AssessmentCard';

/** Where each assessment's links lead. */
export interface AssessmentLinks {
  readonly wizard: (id: string) => string;
  readonly follow: (id: string) => string;
  readonly handBack: (id: string) => string;
}

/** What can be done to one assessment from its card. */
export interface AssessmentActions {
  readonly rename: (assessment: Assessment, name: string) => void;
  readonly duplicate: (assessment: Assessment) => void;
  readonly export: (assessment: Assessment) => void;
  readonly share: (assessment: Assessment) => void;
  readonly delete: (assessment: Assessment) => void;
  /** Set when opening must carry the assessment along (no storage). */
  readonly open?: ((assessment: Assessment) => void) | undefined;
}

interface Props {
  items: readonly AssessmentListItem[];
  lang: string;
  strings: UiStrings['assessments'];
  links: AssessmentLinks;
  actions: AssessmentActions;
}

export function AssessmentList({ items, lang, strings: s, links, actions }: Props) {
  const { open } = actions;
  return (
    <section aria-labelledby="list-heading" class="stack">
      <h2 id="list-heading">{s.listHeading}</h2>
      {items.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <ul class="cards">
          {items.map(({ assessment: a, progress }) => (
            <AssessmentCard
              key={a.id}
              assessment={a}
              progress={progress}
              lang={lang}
              strings={s}
              href={links.wizard(a.id)}
              followHref={links.follow(a.id)}
              handBackHref={links.handBack(a.id)}
              onRename={(name) => actions.rename(a, name)}
              onDuplicate={() => actions.duplicate(a)}
              onExport={() => actions.export(a)}
              onShare={() => actions.share(a)}
              onDelete={() => actions.delete(a)}
              onOpen={open ? () => open(a) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

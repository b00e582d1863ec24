/** A list of the plan's initiatives, each with a button to leave it out of the plan. */
import type { UiStrings } from '../../i18n/types';
import type { DocumentInitiative } from '../../domain/roadmap/roadmap-document';
import { format } from '../../i18n/format';

interface Props {
  items: readonly DocumentInitiative[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** `ol` when the order is a rank. */
  ordered?: boolean;
  className: string;
  /** The words of one item. */
  describe: (item: DocumentInitiative) => string;
  strings: UiStrings['roadmap'];
  onExclude: (initiativeId: string) => void;
}

export function PlanItemList({
  items,
  labelledBy,
  ordered = false,
  className,
  describe,
  strings: s,
  onExclude,
}: Props) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class={`plan-item-list ${className}`} aria-labelledby={labelledBy}>
      {items.map((i) => (
        <li key={i.id}>
          <div class="plan-item-row">
            <span>
              {describe(i)}
              {i.blockers.length > 0 && (
                <strong class="plan-blockers">
                  {' '}
                  {format(s.planBlockers, { count: i.blockers.length })}
                </strong>
              )}
            </span>
            <button
              type="button"
              class="link-button plan-leave-out"
              aria-label={format(s.leaveOutLabel, { title: i.title })}
              onClick={() => onExclude(i.id)}
            >
              {s.leaveOut}
            </button>
          </div>
        </li>
      ))}
    </List>
  );
}

/** The plan at a glance: the initiatives that close the most, the first 100 days, the later work. */
import type { UiStrings } from '../../i18n/types';
import type { PlanViews } from '../../domain/roadmap/plan-views';
import { format } from '../../i18n/format';

interface Props {
  views: PlanViews;
  /** Formats a yyyy-mm-dd date for reading. */
  shownDate: (iso: string) => string;
  /** The date of day 100. */
  dayHundred: string;
  strings: UiStrings['roadmap'];
}

export function PlanFocus({ views, shownDate, dayHundred, strings: s }: Props) {
  const live = views.firstGoLive;
  return (
    <div class="stack plan-focus">
      <h3 id="plan-heading">{s.planHeading}</h3>
      <p>{format(s.planLead, { count: views.focus.length })}</p>
      <ol class="plan-focus-list" aria-labelledby="plan-heading">
        {views.focus.map((i) => (
          <li key={i.id}>
            {format(s.planInitiative, {
              title: i.title,
              owner: i.owner,
              start: i.start,
              end: i.end,
            })}
            {i.blockers.length > 0 && (
              <strong class="plan-blockers">
                {' '}
                {format(s.planBlockers, { count: i.blockers.length })}
              </strong>
            )}
          </li>
        ))}
      </ol>
      <h3 id="first-days-heading">{s.firstDaysHeading}</h3>
      <p>{format(s.firstDaysLead, { date: shownDate(dayHundred) })}</p>
      <ul class="first-days-list" aria-labelledby="first-days-heading">
        {views.firstDays.map((i) => (
          <li key={i.id}>
            {format(s.firstDaysItem, { week: i.start, title: i.title, owner: i.owner })}
          </li>
        ))}
      </ul>
      <p class="first-go-live">
        <strong>
          {live
            ? format(s.firstGoLive, {
                channel: s.channels[live.channel],
                week: live.week,
                date: shownDate(live.date),
              })
            : s.noGoLive}
        </strong>
      </p>
      {views.later.length > 0 && (
        <>
          <h3 id="later-heading">{s.laterHeading}</h3>
          <p>{format(s.laterLead, { count: views.later.length })}</p>
          <ul class="later-list" aria-labelledby="later-heading">
            {views.later.map((i) => (
              <li key={i.id}>{format(s.laterItem, { title: i.title, start: i.start })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

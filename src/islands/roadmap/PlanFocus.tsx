/**
 * The plan at a glance: the initiatives that close the most, what else the first go-live needs, the
 * first 100 days with the first go-live, the plan's work after it, and the later work. Any
 * initiative listed can be left out; the "Left out of the plan" list brings it back.
 */
import type { UiStrings } from '../../i18n/types';
import type { PlanViews } from '../../domain/roadmap/plan-views';
import type { DocumentInitiative } from '../../domain/roadmap/roadmap-document';
import { format } from '../../i18n/format';
import { PlanItemList } from './PlanItemList';

interface Props {
  views: PlanViews;
  /** Formats a yyyy-mm-dd date for reading. */
  shownDate: (iso: string) => string;
  /** The date of day 100. */
  dayHundred: string;
  strings: UiStrings['roadmap'];
  onExclude: (initiativeId: string) => void;
}

export function PlanFocus({ views, shownDate, dayHundred, strings: s, onExclude }: Props) {
  const live = views.firstGoLive;
  const withOwner = (i: DocumentInitiative) =>
    format(s.planInitiative, { title: i.title, owner: i.owner, start: i.start, end: i.end });
  const fromWeek = (i: DocumentInitiative) =>
    format(s.laterItem, { title: i.title, start: i.start });
  const list = { strings: s, onExclude };
  return (
    <div class="stack plan-focus">
      <h3 id="plan-heading">{s.planHeading}</h3>
      <p>{format(s.planLead, { count: views.focus.length })}</p>
      <PlanItemList
        {...list}
        items={views.focus}
        labelledBy="plan-heading"
        ordered
        className="plan-focus-list"
        describe={withOwner}
      />
      {views.needed.length > 0 && (
        <details class="plan-needed">
          <summary>
            <h4 id="needed-heading">{format(s.neededHeading, { count: views.needed.length })}</h4>
          </summary>
          <p>{s.neededLead}</p>
          <PlanItemList
            {...list}
            items={views.needed}
            labelledBy="needed-heading"
            className="needed-list"
            describe={withOwner}
          />
        </details>
      )}
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
      {views.followOn.length > 0 && (
        <>
          <h4 id="follow-on-heading">
            {format(s.followOnHeading, { count: views.followOn.length })}
          </h4>
          <ul class="follow-on-list" aria-labelledby="follow-on-heading">
            {views.followOn.map((i) => (
              <li key={i.id}>{fromWeek(i)}</li>
            ))}
          </ul>
        </>
      )}
      {views.later.length > 0 && (
        <>
          <h3 id="later-heading">{s.laterHeading}</h3>
          <p>{format(s.laterLead, { count: views.later.length })}</p>
          <PlanItemList
            {...list}
            items={views.later}
            labelledBy="later-heading"
            className="later-list"
            describe={fromWeek}
          />
        </>
      )}
    </div>
  );
}

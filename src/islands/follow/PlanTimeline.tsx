/**
 * The plan's timeline as a table (#16): each initiative's planned and actual dates, and how many
 * days its start and finish slipped. A day not recorded yet is shown as a dash.
 */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { FollowInitiative } from '../../domain/follow-view';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';

interface Props {
  initiatives: readonly FollowInitiative[];
  strings: UiStrings['follow'];
  lang: Lang;
}

type PageStrings = UiStrings['follow']['page'];

/** A slip in words: later, earlier, on the day, or a dash when not recorded. */
function toSlipText(days: number | undefined, p: PageStrings): string {
  if (days === undefined) return p.noDay;
  if (days === 0) return p.onTheDay;
  const count = Math.abs(days);
  if (count === 1) return days > 0 ? p.dayLater : p.dayEarlier;
  return format(days > 0 ? p.daysLater : p.daysEarlier, { days: count });
}

/** Two days as a span; a single dash when neither is recorded. */
function toSpan(from: string | undefined, to: string | undefined, p: PageStrings, lang: Lang) {
  const day = (d: string | undefined) => (d === undefined ? p.noDay : formatDay(d, lang));
  return from === undefined && to === undefined
    ? p.noDay
    : format(p.span, { from: day(from), to: day(to) });
}

export function PlanTimeline({ initiatives, strings: s, lang }: Props) {
  const p = s.page;
  return (
    <section class="stack" aria-labelledby="timeline">
      <h2 id="timeline">{p.timelineHeading}</h2>
      <p id="timeline-caption">{p.timelineCaption}</p>
      <div class="table-scroll" role="region" aria-labelledby="timeline-caption" tabIndex={0}>
        <table class="timeline-table" aria-labelledby="timeline-caption">
          <thead>
            <tr>
              <th scope="col">{p.initiativeColumn}</th>
              <th scope="col">{p.statusColumn}</th>
              <th scope="col">{p.plannedColumn}</th>
              <th scope="col">{p.actualColumn}</th>
              <th scope="col">{p.startSlipColumn}</th>
              <th scope="col">{p.finishSlipColumn}</th>
            </tr>
          </thead>
          <tbody>
            {initiatives.map(({ doc, standing: t }) => (
              <tr key={doc.id}>
                <th scope="row">{doc.title}</th>
                <td>{s.statuses[t.status]}</td>
                <td>{toSpan(t.plannedStart, t.plannedFinish, p, lang)}</td>
                <td>{toSpan(t.actualStart, t.actualFinish, p, lang)}</td>
                <td>{toSlipText(t.startSlipDays, p)}</td>
                <td>{toSlipText(t.finishSlipDays, p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The roadmap on the results page: settings, focus and timeline. The initiative editor, the KPIs and
 * the downloads are sections of the page of their own (ResultsBody), drawn on demand or later.
 */
import { Fragment } from 'preact';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { RoadmapView } from '../../domain/roadmap-view';
import { format } from '../../i18n/format';
import { setChannelOrder, setIncluded, setPlanStart } from '../../stores/plan';
import { PlanSettings } from './PlanSettings';
import { EditorDisclosure } from './EditorDisclosure';
import { RoadmapTimeline } from './RoadmapTimeline';
import { ExcludedList } from './ExcludedList';
import { AfterFirstPaint } from '../shared/AfterFirstPaint';
import { PlanFocus } from './PlanFocus';
import { FIRST_DAYS, getPlanDay, getPlanViews } from '../../domain/roadmap/plan-views';
import { getChannelClockText } from './channel-clock-text';
import { formatLongDate } from '../../domain/format/long-date';

interface Props {
  assessment: Assessment;
  view: RoadmapView;
  strings: UiStrings['roadmap'];
  /** The fragment named the settings: open them. */
  settingsWanted: boolean;
}

export function RoadmapSection({ assessment: a, view, strings: s, settingsWanted }: Props) {
  const { roadmap, doc } = view;
  const id = a.id;
  const shownDate = (iso: string) => formatLongDate(iso, s.longDate);
  const views = getPlanViews(doc);

  return (
    <section class="stack roadmap" aria-labelledby="roadmap-heading">
      <h2 id="roadmap-heading">{s.heading}</h2>
      <p>{format(s.lead, { limit: roadmap.parallelLimit })}</p>
      {/* Drawn when opened: its date field would make Chrome's autofill lay out the whole part. */}
      <EditorDisclosure
        id="plan-settings"
        summary={roadmap.channelOrder.length > 1 ? s.editSettings : s.editStart}
        wanted={settingsWanted}
      >
        <PlanSettings
          planStart={doc.planStart}
          channelOrder={roadmap.channelOrder}
          strings={{ ...s, channelOrderLead: getChannelClockText(doc.goLives, s) }}
          onPlanStart={(date) => setPlanStart(id, date)}
          onChannelOrder={(order) => setChannelOrder(id, order)}
        />
      </EditorDisclosure>
      {doc.initiatives.length === 0 ? (
        <p class="banner info">{s.empty}</p>
      ) : (
        <p class="roadmap-summary" role="status">
          {format(s.summary, {
            count: doc.initiatives.length,
            weeks: doc.totalWeeks,
            start: shownDate(doc.planStart),
            end: shownDate(doc.planEnd),
          })}
        </p>
      )}
      {doc.initiatives.length > 0 && (
        <PlanFocus
          views={views}
          shownDate={shownDate}
          dayHundred={getPlanDay(doc.planStart, FIRST_DAYS)}
          strings={s}
          onExclude={(initiativeId) => setIncluded(id, initiativeId, false)}
        />
      )}
      {/* The largest part of the results page: drawn a part per painted frame (#8, blocking time). */}
      <AfterFirstPaint>
        {doc.initiatives.length > 0 && (
          <Fragment key="timeline">
            <h3>{s.timelineHeading}</h3>
            <RoadmapTimeline
              initiatives={doc.initiatives.filter((i) => i.group === 'plan')}
              goLives={doc.goLives}
              totalWeeks={doc.totalWeeks}
              conflicted={view.conflicted}
              strings={s}
            />
          </Fragment>
        )}
        {view.excluded.length > 0 && (
          <ExcludedList
            key="excluded"
            excluded={view.excluded}
            strings={s}
            onInclude={(initiativeId) => setIncluded(id, initiativeId, true)}
          />
        )}
      </AfterFirstPaint>
    </section>
  );
}

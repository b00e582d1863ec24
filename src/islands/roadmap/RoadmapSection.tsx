/** The roadmap on the results page: settings, timeline, editor, KPIs and downloads. */
import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment, AssessmentPlan } from '../../domain/assessment/assessment';
import type { LocalizedInitiative, WizardDimension } from '../types';
import { format } from '../../i18n/format';
import type { RoadmapState } from './use-roadmap';
import { PlanSettings } from './PlanSettings';
import { RoadmapTimeline } from './RoadmapTimeline';
import { InitiativeTable, type ItemContext } from './InitiativeTable';
import { KpiTable } from './KpiTable';
import { RoadmapExports } from './RoadmapExports';
import { AfterFirstPaint } from '../shared/AfterFirstPaint';
import { PlanFocus } from './PlanFocus';
import { FIRST_DAYS, getPlanDay, getPlanViews } from '../../domain/roadmap/plan-views';
import { getChannelClockText } from './channel-clock-text';

interface Props {
  assessment: Assessment;
  state: RoadmapState;
  dimensions: readonly WizardDimension[];
  initiatives: readonly LocalizedInitiative[];
  strings: UiStrings['roadmap'];
  lang: string;
  onPlan: (change: (plan: AssessmentPlan) => AssessmentPlan) => void;
}

export function RoadmapSection(props: Props) {
  const { assessment: a, strings: s, lang } = props;
  const plan = a.plan;
  const { roadmap, edited, doc } = props.state;
  const byId = useMemo(() => new Map(props.initiatives.map((i) => [i.id, i])), [props.initiatives]);
  const prompts = useMemo(
    () => new Map(props.dimensions.flatMap((d) => d.questions).map((q) => [q.id, q.prompt])),
    [props.dimensions],
  );
  const generated = new Map(roadmap.items.map((item) => [item.id, item]));
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const context = (id: string): ItemContext => {
    const item = edited.items.find((i) => i.id === id);
    const source = generated.get(id);
    const initiative = byId.get(id);
    const reason = source?.triggeredBy.length
      ? format(s.triggeredBy, {
          prompts: source.triggeredBy.map((q) => prompts.get(q) ?? q).join(' · '),
        })
      : initiative?.channel
        ? s.channelReason
        : s.alwaysNeeded;
    return {
      reason,
      suggestedStart: source?.start ?? 0,
      overridden: item?.startOverridden ?? false,
      ownerOverride: plan?.owners[id] ?? '',
      defaultOwner: initiative?.owner ?? '',
      excludedDependencies: item?.excludedDependencies ?? [],
    };
  };
  const setExcluded = (id: string, out: boolean) =>
    props.onPlan((p) => ({
      ...p,
      excluded: out
        ? [...p.excluded.filter((x) => x !== id), id]
        : p.excluded.filter((x) => x !== id),
    }));
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const shownDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
  const views = getPlanViews(doc);

  return (
    <section class="stack roadmap" aria-labelledby="roadmap-heading">
      <h2 id="roadmap-heading">{s.heading}</h2>
      <p>{format(s.lead, { limit: roadmap.parallelLimit })}</p>
      <PlanSettings
        planStart={doc.planStart}
        channelOrder={roadmap.channelOrder}
        strings={{ ...s, channelOrderLead: getChannelClockText(doc.goLives, s) }}
        onPlanStart={(date) => props.onPlan((p) => ({ ...p, planStart: date }))}
        onChannelOrder={(order) => props.onPlan((p) => ({ ...p, channelOrder: order }))}
      />
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
              conflicted={new Set(edited.conflicts.map((c) => c.id))}
              strings={s}
            />
          </Fragment>
        )}
        {doc.initiatives.length > 0 && (
          <Fragment key="initiatives">
            <h3 id="initiatives-heading">{s.tableHeading}</h3>
            <InitiativeTable
              initiatives={doc.initiatives}
              context={context}
              conflicts={edited.conflicts}
              titleOf={titleOf}
              endOf={(id) =>
                edited.items.find((i) => i.id === id)?.end ?? generated.get(id)?.end ?? 0
              }
              strings={s}
              onExclude={(id) => setExcluded(id, true)}
              onOwner={(id, owner) =>
                props.onPlan((p) => ({ ...p, owners: { ...p.owners, [id]: owner } }))
              }
              onStart={(id, week) =>
                props.onPlan((p) => {
                  const startWeeks = { ...p.startWeeks };
                  if (week === null) delete startWeeks[id];
                  else startWeeks[id] = week;
                  return { ...p, startWeeks };
                })
              }
            />
          </Fragment>
        )}
        {edited.excluded.length > 0 && (
          <div class="stack" key="excluded">
            <h3 id="excluded-heading">{s.excludedHeading}</h3>
            <ul class="excluded-list" aria-labelledby="excluded-heading">
              {edited.excluded.map((id) => (
                <li key={id}>
                  <label class="inline-choice">
                    <input
                      type="checkbox"
                      checked={false}
                      onChange={() => setExcluded(id, false)}
                    />
                    {format(s.includeLabel, { title: titleOf(id) })}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
        {doc.kpis.length > 0 && (
          <div class="stack" key="kpis">
            <h3 id="kpi-heading">{s.kpiHeading}</h3>
            <p>{s.kpiLead}</p>
            <KpiTable
              kpis={doc.kpis}
              strings={s}
              onChange={(id, change) =>
                props.onPlan((p) => ({
                  ...p,
                  kpis: { ...p.kpis, [id]: { ...p.kpis[id], ...change } },
                }))
              }
            />
          </div>
        )}
        <RoadmapExports key="exports" doc={doc} assessment={a} strings={s} />
      </AfterFirstPaint>
    </section>
  );
}

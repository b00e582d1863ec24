/**
 * The "Follow the plan" page (#16): where the plan stands (counts by status, phase and owner),
 * each initiative's status, dates and note, each KPI's measurements, and the downloads.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AfterFirstPaint } from '../shared/AfterFirstPaint';
import { NearView } from '../shared/NearView';
import { whenAllDrawn } from '../shared/turns';
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import type { FollowPageData } from '../types';
import {
  $assessments,
  $storageHealth,
  initAssessmentStore,
  retrySaving,
} from '../../stores/assessments';
import { $currentAssessment } from '../../stores/current-assessment';
import {
  $generatedRoadmap,
  $resultsContent,
  $resultsView,
  $roadmapView,
} from '../../stores/results';
import { $followToday, $followView, openFollow } from '../../stores/follow-view';
import { getAssessedDimensions, getScanCoverage } from '../../domain/assessment/assessment-mode';
import { findById } from '../../domain/assessment/find-by-id';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';
import { toQuestionFacts, toRestoreContext } from '../shared/content-facts';
import { MissingAssessment } from '../shared/MissingAssessment';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import { readIslandData } from '../shared/read-island-data';
import { toResultsContent } from '../results/results-content';
import { StandingCounts } from './StandingCounts';
import { InitiativeCard } from './InitiativeCard';
import { KpiCard } from './KpiCard';
import { FollowDownloads } from './FollowDownloads';
import { PlanTimeline } from './PlanTimeline';
import { NextAssessment } from './NextAssessment';
import { TrendPart } from './TrendPart';

/** The island: the page writes its props as a JSON block (IslandData.astro), read once here. */
export default function FollowIsland({ dataId }: { dataId: string }) {
  const [props] = useState(() => readIslandData<FollowPageData>(dataId));
  return <FollowApp {...props} />;
}

/**
 * A card's stand-in until it is drawn (NearView): its heading, so the page's headings and what
 * find-in-page sees are whole from the start, at about a card's height.
 */
function cardStub(key: string, title: string) {
  return (ref: RefObject<HTMLElement>) => (
    <li
      ref={ref as RefObject<HTMLLIElement>}
      class="card follow-item follow-stub"
      aria-labelledby={`${key}-title`}
    >
      <h3 id={`${key}-title`}>{title}</h3>
    </li>
  );
}

/** A section's stand-in until it is drawn: its heading, at about the section's height. */
function sectionStub(id: string, heading: string) {
  return (ref: RefObject<HTMLElement>) => (
    <section ref={ref} class="stack follow-stub" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
    </section>
  );
}

/** A number as people write it in the page's language, for the KPI form's hint. */
const EXAMPLE = { en: '1,234.5', es: '1.234,5' } as const;

function FollowApp(props: FollowPageData) {
  const { strings: s } = props;
  const p = s.page;
  const [{ id, assessed }] = useState(() => {
    initAssessmentStore(
      toRestoreContext({
        questions: toQuestionFacts(props.dimensions),
        profileFieldIds: props.profileFieldIds,
        contentVersion: props.contentVersion,
      }),
    );
    const shown = new URLSearchParams(globalThis.location.search).get('id') ?? '';
    // A quick scan is planned over its own questions only (#13), as the results page plans it.
    const mode = findById($assessments.get(), shown)?.mode ?? 'full';
    const scoped = getAssessedDimensions(props.dimensions, mode, props.quickScanIds);
    openFollow(toResultsContent({ ...props, dimensions: scoped }), shown);
    return { id: shown, assessed: scoped };
  });
  const content = useStore($resultsContent);
  const assessment = useStore($currentAssessment);
  const health = useStore($storageHealth);
  const root = useMarkAllDrawn();
  if (!assessment || !content) {
    return <MissingAssessment message={p.notFound} linkText={p.toList} listPath={props.listPath} />;
  }
  return (
    <div class="follow stack-lg" ref={root}>
      <StorageBanner
        health={health}
        strings={props.listStrings}
        exportable={[assessment]}
        onRetry={retrySaving}
      />
      <UpdateBanner strings={props.listStrings} />
      <div class="follow-header">
        <p class="follow-title">
          <strong>{assessment.name}</strong> · {assessment.organization}
        </p>
        <div class="actions">
          <a class="button secondary" href={`${props.resultsPath}?id=${encodeURIComponent(id)}`}>
            {p.toResults}
          </a>
        </div>
      </div>
      {/*
       * The first screen is the header; the plan is worked out after it is painted, a step per
       * turn (scoring, scheduling, the plan with its edits, its progress), then drawn: each a
       * short task on a phone, not one long one (Lighthouse's blocking time).
       */}
      <AfterFirstPaint>
        <Computes store={$resultsView} />
        <Computes store={$generatedRoadmap} />
        <Computes store={$roadmapView} />
        <Computes store={$followView} />
        <FollowBody {...props} id={id} assessed={assessed} />
      </AfterFirstPaint>
    </div>
  );
}

/**
 * Marks the page's root (`data-drawn`) once every part is drawn (each when it comes near the
 * screen or once the reader moves, one per frame), for a check that needs the whole page. Set on
 * the element, not through state: a render of the root would draw every card again at once.
 */
function useMarkAllDrawn() {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => whenAllDrawn(() => root.current?.setAttribute('data-drawn', 'all')), []);
  return root;
}

/** Computes a derived store in a turn of its own and draws nothing (see FollowApp). */
function Computes({ store }: { store: ReadableAtom<unknown> }) {
  useStore(store);
  return null;
}

/** Everything below the header, once the plan is worked out. */
function FollowBody(
  props: FollowPageData & { id: string; assessed: FollowPageData['dimensions'] },
) {
  const { strings: s, lang, id, assessed } = props;
  const p = s.page;
  const all = useStore($assessments);
  const results = useStore($resultsView);
  const content = useStore($resultsContent);
  const assessment = useStore($currentAssessment);
  const view = useStore($followView);
  const roadmap = useStore($roadmapView);
  const today = useStore($followToday);
  if (!assessment || !view || !roadmap || !results || !content) return null;
  return (
    <>
      <p>
        {format(p.planDates, {
          start: formatDay(view.planStart, lang, 'long'),
          end: formatDay(view.planEnd, lang, 'long'),
          today: formatDay(today, lang, 'long'),
        })}
        {assessment.plan?.planStart === undefined &&
          ` ${format(p.noStart, { start: formatDay(view.planStart, lang, 'long') })}`}
      </p>
      <section class="stack" aria-labelledby="standing">
        <h2 id="standing">{p.standingHeading}</h2>
        <StandingCounts
          standing={view.standing}
          strings={s}
          phaseNames={props.phaseNames}
          lang={lang}
        />
        <h3>{p.initiativesHeading}</h3>
        <p class="hint">{p.initiativesLead}</p>
        {/*
          Each card is drawn when it comes near the screen, or once the reader moves, one per
          painted frame: a plan of 40 initiatives drawn as the page opens kept a phone busy for
          seconds (Lighthouse's blocking time).
        */}
        <ul class="follow-list">
          {view.initiatives.map((item) => (
            <NearView
              key={item.doc.id}
              placeholder={cardStub(`item-${item.doc.id}`, item.doc.title)}
            >
              {() => <InitiativeCard assessmentId={id} item={item} strings={s} lang={lang} />}
            </NearView>
          ))}
        </ul>
      </section>
      {/* The parts below the list, each in a turn of its own: smaller tasks on a phone. */}
      <AfterFirstPaint>
        <NearView placeholder={sectionStub('timeline', p.timelineHeading)}>
          {() => <PlanTimeline initiatives={view.initiatives} strings={s} lang={lang} />}
        </NearView>
        <section class="stack" aria-labelledby="kpis">
          <h2 id="kpis">{p.kpisHeading}</h2>
          <p class="hint">{format(p.kpisLead, { example: EXAMPLE[lang] })}</p>
          {view.kpis.length === 0 ? (
            <p>{p.noKpis}</p>
          ) : (
            <ul class="follow-list">
              {view.kpis.map((kpi) => (
                <NearView
                  key={kpi.doc.id}
                  placeholder={cardStub(`kpi-${kpi.doc.id}`, kpi.doc.name)}
                >
                  {() => (
                    <KpiCard
                      assessmentId={id}
                      kpi={kpi}
                      strings={s}
                      roadmapStrings={props.roadmapStrings}
                      lang={lang}
                      today={today}
                    />
                  )}
                </NearView>
              ))}
            </ul>
          )}
        </section>
        <NearView placeholder={sectionStub('trend', s.trend.heading)}>
          {() => (
            <TrendPart
              assessmentId={id}
              lang={lang}
              strings={s}
              dimensions={props.dimensions}
              quickScanIds={props.quickScanIds}
            />
          )}
        </NearView>
        <FollowDownloads
          doc={roadmap.doc}
          assessment={assessment}
          strings={s}
          roadmapStrings={props.roadmapStrings}
          board={{
            lang,
            all: Object.values(all),
            dimensions: assessed,
            model: content.model,
            view: results,
            scan: getScanCoverage(props.dimensions, assessment.mode, props.quickScanIds),
            downloadsDataPath: props.downloadsDataPath,
          }}
        />
        <NextAssessment
          assessment={assessment}
          planIds={view.initiatives.map((item) => item.doc.id)}
          strings={s}
          listStrings={props.listStrings}
          lang={lang}
          wizardPath={props.wizardPath}
        />
      </AfterFirstPaint>
    </>
  );
}

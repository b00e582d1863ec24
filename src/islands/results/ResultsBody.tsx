/**
 * The results of one assessment that exists, as five sections a reader jumps between with the menu
 * or a URL fragment: verdict and what to do first; where you stand; the plan; KPIs; downloads.
 */
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import type { ResultsView } from '../../domain/results-view';
import { compareWith, setAmbition, setTarget } from '../../stores/plan';
import type { LeanQuestion, ResultsPageData } from '../types';
import { UpdateBanner } from '../shared/UpdateBanner';
import { AfterFirstPaint } from '../shared/AfterFirstPaint';
import { VerdictPanel } from './VerdictPanel';
import { ChartsSection } from './ChartsSection';
import { TargetsSection } from './TargetsSection';
import { InsightsSection } from './InsightsSection';
import { WhyScore } from './WhyScore';
import { CompareSection } from './CompareSection';
import { SectionMenu } from './SectionMenu';
import { useFragmentTarget } from './use-fragment-target';
import { Downloads, Kpis, Plan, RoadmapComputed, RoadmapScheduled } from './RoadmapParts';

export interface ResultsBodyProps extends ResultsPageData {
  assessment: Assessment;
  view: ResultsView;
  /** What a quick scan covers; null for a full assessment. */
  scan: ScanCoverage | null;
}

export function ResultsBody(props: ResultsBodyProps) {
  const { strings: s, dimensions, lang, assessment, view } = props;
  const { score, rows, comparison } = view;
  const id = assessment.id;
  const titles = Object.fromEntries(dimensions.map((d) => [d.id, d.title]));
  const wizardHref = (step: string, questionId?: string) =>
    `${props.wizardPath}?id=${encodeURIComponent(id)}&step=${encodeURIComponent(step)}${questionId ? `#q-${questionId}` : ''}`;
  const target = useFragmentTarget();

  return (
    <div class="results stack-lg">
      <UpdateBanner strings={props.listStrings} />
      <div class="results-header">
        <p class="results-title">
          <strong>{assessment.name}</strong> · {assessment.organization}
        </p>
        <div class="actions">
          <a class="button secondary" href={wizardHref(assessment.position)}>
            {s.toWizard}
          </a>
          <a class="button secondary" href={`${props.decisionPath}?id=${encodeURIComponent(id)}`}>
            {s.toDecision}
          </a>
          <a class="button secondary" href={`${props.followPath}?id=${encodeURIComponent(id)}`}>
            {s.toFollow}
          </a>
        </div>
      </div>
      <SectionMenu strings={s} />
      <div id="verdict" class="stack-lg results-part">
        <VerdictPanel
          score={score}
          dimensions={dimensions}
          strings={s}
          verdicts={props.verdicts}
          maturity={props.maturity}
          answerHref={(q: LeanQuestion) => wizardHref(q.dimensionId, q.id)}
        />
        <InsightsSection score={score} rows={rows} dimensions={dimensions} strings={s} />
      </div>
      {/*
       * Below the first screen, drawn a part per painted frame (#8, blocking time on a phone). The
       * two large parts' frames are drawn at once, empty: off screen, the browser skips them
       * (content-visibility), so what is drawn into them later costs no layout until scrolled to.
       */}
      <div id="standing" class="stack-lg results-part">
        <AfterFirstPaint>
          <ChartsSection
            score={score}
            targets={view.targets}
            titles={titles}
            phaseNames={props.phaseNames}
            strings={s}
            lang={lang}
            earlier={
              comparison ? { name: comparison.earlier.name, deltas: comparison.dimensions } : null
            }
          />
          <TargetsSection
            ambition={assessment.plan?.ambition ?? 'competitive'}
            rows={rows}
            order={dimensions.map((d) => d.id)}
            titles={titles}
            strings={s}
            lang={lang}
            onAmbition={(ambition) => setAmbition(id, ambition)}
            onTarget={(dimensionId, target) => setTarget(id, dimensionId, target)}
            wanted={target?.editor === 'targets'}
          />
          <WhyScore score={score} dimensions={dimensions} strings={s} lang={lang} />
          <CompareSection
            assessment={assessment}
            candidates={view.candidates}
            indexDelta={comparison?.index ?? null}
            strings={s}
            lang={lang}
            onChange={(otherId) => compareWith(id, otherId)}
          />
        </AfterFirstPaint>
      </div>
      <div id="plan" class="stack-lg results-part">
        <AfterFirstPaint>
          <RoadmapScheduled />
          <RoadmapComputed />
          <Plan {...props} wanted={target?.editor ?? null} />
        </AfterFirstPaint>
      </div>
      <AfterFirstPaint>
        <Kpis {...props} wanted={target?.editor === 'kpis'} />
        <Downloads {...props} />
      </AfterFirstPaint>
    </div>
  );
}

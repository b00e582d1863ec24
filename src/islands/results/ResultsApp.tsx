/** The results page: verdict first, charts with tables, targets and gaps, why, comparison. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ResultsProps, WizardQuestion } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScoringModel } from '../../domain/scoring/model';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { compareScores, getGapRows, getTargets } from '../../domain/results/summarize-results';
import { $assessments, initAssessmentStore, updatePlan } from '../../stores/assessments';
import {
  getAssessedDimensions,
  getScanCoverage,
  type ScanCoverage,
} from '../../domain/assessment/assessment-mode';
import { QuickScanNotice } from '../shared/QuickScanNotice';
import { continueToFullAssessment } from '../../stores/continue-assessment';
import { toQuestionFacts, toRestoreContext, toScoringModel } from '../shared/content-facts';
import { VerdictPanel } from './VerdictPanel';
import { ReportPanel } from './ReportPanel';
import { UpdateBanner } from '../shared/UpdateBanner';
import { AfterFirstPaint } from '../shared/AfterFirstPaint';
import { LIGHT } from '../../design/tokens';
import { MissingAssessment } from '../shared/MissingAssessment';
import { ChartsSection } from './ChartsSection';
import { TargetsSection } from './TargetsSection';
import { InsightsSection } from './InsightsSection';
import { WhyScore } from './WhyScore';
import { CompareSection } from './CompareSection';
import { RoadmapSection } from '../roadmap/RoadmapSection';
import { useRoadmap } from '../roadmap/use-roadmap';
import { toSizedDimensions } from '../../domain/content/level-wording';
import { findById } from '../../domain/assessment/find-by-id';

/** Normalises an organization name for matching assessments of the same organization. */
const sameOrganization = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export default function ResultsApp(props: ResultsProps) {
  const { strings: s, dimensions } = props;
  const [id] = useState(() => {
    initAssessmentStore(
      toRestoreContext({
        questions: toQuestionFacts(dimensions),
        profileFieldIds: props.profileFieldIds,
        contentVersion: props.contentVersion,
      }),
    );
    return new URLSearchParams(globalThis.location.search).get('id') ?? '';
  });
  const all = useStore($assessments);
  const assessment = findById(all, id);
  const companySize = assessment?.profile['company-size'];
  const mode = assessment?.mode ?? 'full';
  // A quick scan is scored, explained and planned over its own questions only (#13).
  const assessed = useMemo(
    () => getAssessedDimensions(dimensions, mode, props.quickScanIds),
    [dimensions, mode, props.quickScanIds],
  );
  const model = useMemo(() => toScoringModel(assessed), [assessed]);
  // Levels (why this score, the PDF appendix) read as the organization's size has them.
  const sized = useMemo(() => toSizedDimensions(assessed, companySize), [assessed, companySize]);
  usePrintOpensDetails();
  if (!assessment) {
    return <MissingAssessment message={s.notFound} linkText={s.toList} listPath={props.listPath} />;
  }
  const scan = getScanCoverage(dimensions, mode, props.quickScanIds);
  const continueToFull = () => {
    continueToFullAssessment(id);
    const first = dimensions[0]?.id ?? 'profile';
    globalThis.location.assign(
      `${props.wizardPath}?id=${encodeURIComponent(id)}&step=${encodeURIComponent(first)}`,
    );
  };
  return (
    <>
      {scan && (
        <QuickScanNotice
          coverage={scan}
          strings={props.quickScanStrings}
          detail="results"
          onContinue={continueToFull}
        />
      )}
      <ResultsBody
        {...props}
        dimensions={sized}
        model={model}
        assessment={assessment}
        all={all}
        scan={scan}
      />
    </>
  );
}

/** Printing shows every disclosure ("why this score"), then restores the reader's choice. */
function usePrintOpensDetails(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      opened.forEach((d) => (d.open = true));
    };
    const after = () => opened.forEach((d) => (d.open = false));
    globalThis.addEventListener('beforeprint', before);
    globalThis.addEventListener('afterprint', after);
    return () => {
      globalThis.removeEventListener('beforeprint', before);
      globalThis.removeEventListener('afterprint', after);
    };
  }, []);
}

interface BodyProps extends ResultsProps {
  model: ScoringModel;
  scan: ScanCoverage | null;
  assessment: Assessment;
  all: Readonly<Record<string, Assessment>>;
}

/** The results of one assessment that exists. */
function ResultsBody(props: BodyProps) {
  const { strings: s, dimensions, lang, model, assessment, all } = props;
  const id = assessment.id;
  const titles = useMemo(
    () => Object.fromEntries(dimensions.map((d) => [d.id, d.title])),
    [dimensions],
  );
  const score = useMemo(() => scoreAssessment(model, assessment.answers), [model, assessment]);
  const targets = useMemo(
    () =>
      getTargets(
        assessment.plan,
        dimensions.map((d) => d.id),
      ),
    [assessment.plan, dimensions],
  );
  const earlierAssessment = assessment.plan?.compareWith
    ? findById(all, assessment.plan.compareWith)
    : undefined;
  const comparison = useMemo(
    () =>
      score && earlierAssessment
        ? compareScores(score, scoreAssessment(model, earlierAssessment.answers))
        : null,
    [score, earlierAssessment, model],
  );

  const roadmap = useRoadmap({
    assessment,
    score,
    model,
    targets,
    dimensions,
    initiatives: props.initiatives,
    kpis: props.kpis,
    phaseNames: props.phaseNames,
    strings: props.roadmapStrings,
    lang,
  });
  const wizardHref = (step: string, questionId?: string) =>
    `${props.wizardPath}?id=${encodeURIComponent(id)}&step=${encodeURIComponent(step)}${questionId ? `#q-${questionId}` : ''}`;
  const rows = getGapRows(score, targets);
  const candidates = Object.values(all).filter(
    (a) => a.id !== id && sameOrganization(a.organization, assessment.organization),
  );

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
        </div>
      </div>
      <VerdictPanel
        score={score}
        dimensions={dimensions}
        strings={s}
        verdicts={props.verdicts}
        maturity={props.maturity}
        answerHref={(q: WizardQuestion) => wizardHref(q.dimensionId, q.id)}
      />
      <AfterFirstPaint>
        <InsightsSection score={score} rows={rows} dimensions={dimensions} strings={s} />
        <ReportPanel
          strings={s}
          getInput={() => ({
            lang,
            now: new Date(),
            assessment,
            dimensions,
            score,
            targets,
            roadmap: roadmap.doc,
            scan: props.scan,
            strings: props.reportStrings,
            palette: LIGHT,
          })}
          getExtraSections={async () => {
            // In the report's order: packaged vs custom, then workshop alignment.
            const [{ getDecisionSection }, { findAlignmentSection }] = await Promise.all([
              import('./decision-report'),
              import('./alignment-report'),
            ]);
            const strings = { report: props.reportStrings.report, roleNames: props.roleNames };
            return [
              getDecisionSection(assessment, score, props.decision, lang),
              findAlignmentSection(id, dimensions, strings, lang),
            ].filter((section) => section !== null);
          }}
        />
        <ChartsSection
          score={score}
          targets={targets}
          titles={titles}
          phaseNames={props.phaseNames}
          strings={s}
          lang={lang}
          earlier={
            earlierAssessment && comparison
              ? { name: earlierAssessment.name, deltas: comparison.dimensions }
              : null
          }
        />
        <TargetsSection
          ambition={assessment.plan?.ambition ?? 'competitive'}
          rows={rows}
          order={dimensions.map((d) => d.id)}
          titles={titles}
          strings={s}
          lang={lang}
          onAmbition={(ambition) => updatePlan(id, (plan) => ({ ...plan, ambition, targets: {} }))}
          onTarget={(dimensionId, target) =>
            updatePlan(id, (plan) => ({
              ...plan,
              targets: { ...plan.targets, [dimensionId]: target },
            }))
          }
        />
        <RoadmapSection
          assessment={assessment}
          state={roadmap}
          dimensions={dimensions}
          initiatives={props.initiatives}
          strings={props.roadmapStrings}
          lang={lang}
          onPlan={(change) => updatePlan(id, change)}
        />
        <WhyScore score={score} dimensions={dimensions} strings={s} lang={lang} />
        <CompareSection
          assessment={assessment}
          candidates={candidates}
          indexDelta={comparison?.index ?? null}
          strings={s}
          lang={lang}
          onChange={(compareWith) => updatePlan(id, (plan) => ({ ...plan, compareWith }))}
        />
      </AfterFirstPaint>
    </div>
  );
}

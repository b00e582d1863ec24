/** The questionnaire: profile, one dimension per screen, review; progress always visible; saved as answered. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { WizardProps } from '../types';
import { getProgress } from '../../domain/assessment/progress';
import {
  PROFILE_STEP,
  REVIEW_STEP,
  getNeighbourSteps,
  getStepIds,
  toValidStep,
} from '../../domain/assessment/steps';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { format } from '../../i18n/format';
import {
  $assessments,
  $storageHealth,
  answerQuestion,
  goToStep,
  initAssessmentStore,
  setDetails,
  setNote,
  setProfileAnswer,
} from '../../stores/assessments';
import { toQuestionFacts, toRestoreContext, toScoringModel } from '../shared/content-facts';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import { MissingAssessment } from '../shared/MissingAssessment';
import { exportAssessment } from '../assessments/export-assessment';
import { WizardProgress } from './WizardProgress';
import { useCarriedAssessment } from './use-carried-assessment';
import { SectionNav, type StepItem } from './SectionNav';
import { ProfileStep } from './ProfileStep';
import { DimensionStep } from './DimensionStep';
import { ReviewStep } from './ReviewStep';
import { ParticipantBanner } from './ParticipantBanner';
import { findById } from '../../domain/assessment/find-by-id';
import { toSizedDimensions } from '../../domain/content/level-wording';
import { getAssessedDimensions, getScanCoverage } from '../../domain/assessment/assessment-mode';
import { QuickScanNotice } from '../shared/QuickScanNotice';
import { continueToFullAssessment } from '../../stores/continue-assessment';

/** Reads `?id=` and `?step=` from the address. */
function readLocation(): { id: string; step: string | null } {
  const params = new URLSearchParams(globalThis.location.search);
  return { id: params.get('id') ?? '', step: params.get('step') };
}

export default function WizardApp(props: WizardProps) {
  const { strings: s } = props;
  // Restoring knows every question, whatever the mode, so a quick scan keeps any other answer.
  const allQuestions = useMemo(() => toQuestionFacts(props.dimensions), [props.dimensions]);
  const context = useMemo(
    () =>
      toRestoreContext({
        questions: allQuestions,
        profileFieldIds: props.profile.fields.map((f) => f.id),
        contentVersion: props.contentVersion,
      }),
    [allQuestions, props.profile, props.contentVersion],
  );
  const [{ id }] = useState(() => {
    initAssessmentStore(context);
    return readLocation();
  });
  const pending = useCarriedAssessment(id, context);
  const assessment = findById(useStore($assessments), id);
  const mode = assessment?.mode ?? 'full';
  // A quick scan walks only its questions (#13).
  const dimensions = useMemo(
    () => getAssessedDimensions(props.dimensions, mode, props.quickScanIds),
    [props.dimensions, mode, props.quickScanIds],
  );
  const questions = useMemo(() => toQuestionFacts(dimensions), [dimensions]);
  const model = useMemo(() => toScoringModel(dimensions), [dimensions]);
  const stepIds = useMemo(() => getStepIds(dimensions.map((d) => d.id)), [dimensions]);
  const scan = getScanCoverage(props.dimensions, mode, props.quickScanIds);
  const health = useStore($storageHealth);
  const companySize = assessment?.profile['company-size'];
  // Levels read as the organization's size has them (a small firm's wording where there is one).
  const shown = useMemo(
    () => toSizedDimensions(dimensions, companySize),
    [dimensions, companySize],
  );
  const [step, setStep] = useState(() =>
    toValidStep(readLocation().step ?? assessment?.position, stepIds),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const focusTarget = useRef<string | null>(null);

  const hrefOf = (target: string, questionId?: string) =>
    `?id=${encodeURIComponent(id)}&step=${encodeURIComponent(target)}${questionId ? `#q-${questionId}` : ''}`;

  const go = (target: string, questionId?: string) => {
    focusTarget.current = questionId ?? 'heading';
    globalThis.history.pushState(null, '', hrefOf(target, questionId));
    setStep(target);
    goToStep(id, target);
  };

  useEffect(() => {
    const onPop = () => {
      focusTarget.current = 'heading';
      setStep(toValidStep(readLocation().step, stepIds));
    };
    globalThis.addEventListener('popstate', onPop);
    return () => globalThis.removeEventListener('popstate', onPop);
  }, [stepIds]);

  // After a step change, move focus to the new heading (or the question asked for) and to the top.
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target === null) return;
    if (target === 'heading') {
      heading.current?.focus();
      globalThis.scrollTo({ top: 0 });
      return;
    }
    const fieldset = document.getElementById(`q-${target}`);
    const input = fieldset?.querySelector<HTMLInputElement>('input:checked, input');
    fieldset?.scrollIntoView({ block: 'start' });
    input?.focus();
  }, [step]);

  if (pending) return <p class="loading">{s.loading}</p>;
  if (!assessment) {
    return <MissingAssessment message={s.notFound} linkText={s.toList} listPath={props.listPath} />;
  }

  const progress = getProgress(questions, assessment.answers);
  const stepItems: StepItem[] = [
    { id: PROFILE_STEP, label: s.profileStep },
    ...dimensions.map((d) => ({ id: d.id, label: d.title, ...progress.dimensions[d.id] })),
    { id: REVIEW_STEP, label: s.reviewStep },
  ];
  const current = stepItems.find((item) => item.id === step) ?? stepItems[0]!;
  const dimension = dimensions.find((d) => d.id === step);
  const { previous, next } = getNeighbourSteps(step, stepIds);
  const numberOffset = dimensions
    .slice(0, dimension ? dimensions.indexOf(dimension) : 0)
    .reduce((sum, d) => sum + d.questions.length, 0);

  return (
    <div class="wizard">
      <WizardProgress
        progress={progress}
        phaseNames={props.phaseNames}
        strings={s}
        title={
          // A participant's answers are already named after the workshop's organization.
          assessment.participation
            ? assessment.name
            : `${assessment.name} · ${assessment.organization}`
        }
      />
      {assessment.participation && (
        <ParticipantBanner
          participation={assessment.participation}
          organization={assessment.organization}
          roleNames={props.roleNames}
          strings={s}
        />
      )}
      {scan && (
        <QuickScanNotice
          coverage={scan}
          strings={props.quickScanStrings}
          detail="wizard"
          onContinue={() => {
            continueToFullAssessment(id);
            heading.current?.focus();
          }}
        />
      )}
      <UpdateBanner strings={props.listStrings} />
      <StorageBanner
        health={health}
        strings={props.listStrings}
        onExport={() => exportAssessment(assessment, props.listStrings, () => undefined)}
      />
      <div class="wizard-body">
        <SectionNav steps={stepItems} current={step} strings={s} hrefOf={hrefOf} onGo={go} />
        <section class="wizard-step" aria-labelledby="step-heading">
          <p class="step-count">
            {format(s.stepOf, { n: stepIds.indexOf(step) + 1, total: stepIds.length })}
          </p>
          <h2 id="step-heading" ref={heading} tabIndex={-1}>
            {step === PROFILE_STEP ? props.profile.title : current.label}
          </h2>
          {step === PROFILE_STEP && (
            <ProfileStep
              assessment={assessment}
              profile={props.profile}
              strings={s}
              listStrings={props.listStrings}
              onDetails={(details) => setDetails(id, details)}
              onProfile={(fieldId, value) => setProfileAnswer(id, fieldId, value)}
            />
          )}
          {dimension && (
            <DimensionStep
              dimension={shown.find((d) => d.id === dimension.id) ?? dimension}
              assessment={assessment}
              numberOffset={numberOffset}
              total={questions.length}
              phaseNames={props.phaseNames}
              strings={s}
              onAnswer={(questionId, value) => answerQuestion(id, questionId, value)}
              onNote={(questionId, note) => setNote(id, questionId, note)}
            />
          )}
          {step === REVIEW_STEP && (
            <ReviewStep
              dimensions={shown}
              answers={assessment.answers}
              score={scoreAssessment(model, assessment.answers)}
              strings={s}
              verdicts={props.verdicts}
              maturity={props.maturity}
              hrefOf={hrefOf}
              onGo={go}
              lead={assessment.participation ? s.participantReviewLead : s.reviewLead}
              finalHref={`${assessment.participation ? props.joinPath : props.resultsPath}?id=${encodeURIComponent(id)}`}
              finalLabel={assessment.participation ? s.handBack : s.seeResults}
            />
          )}
          <div class="step-nav">
            {previous && (
              <button type="button" class="button secondary" onClick={() => go(previous)}>
                {s.back}
              </button>
            )}
            {next && (
              <button type="button" class="button" onClick={() => go(next)}>
                {next === REVIEW_STEP ? s.nextReview : s.next}
              </button>
            )}
          </div>
          <p class="saved-note">{s.saved}</p>
        </section>
      </div>
    </div>
  );
}

/**
 * The step shown: its number, heading, questions (profile, a dimension, or the review, fetched
 * apart: ReviewPart.tsx) and buttons.
 */
import type { Ref } from 'preact';
import type { WizardProps } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import { PROFILE_STEP, REVIEW_STEP } from '../../domain/assessment/steps';
import type { StepView } from '../../domain/wizard-view';
import { format } from '../../i18n/format';
import { answerQuestion, setDetails, setNote, setProfileAnswer } from '../../stores/assessments';
import { ProfileStep } from './ProfileStep';
import { DimensionStep } from './DimensionStep';
import { ReviewPart } from './ReviewPart';

interface Props extends WizardProps {
  assessment: Assessment;
  /** "Last time: …" by question id, for a run started from an earlier one (#16). */
  last?: Readonly<Record<string, string>> | null | undefined;
  step: StepView;
  heading: Ref<HTMLHeadingElement>;
  hrefOf: (step: string, questionId?: string) => string;
  onGo: (step: string, questionId?: string) => void;
}

export function WizardStep(props: Props) {
  const { strings: s, assessment, step, dimensions } = props;
  const { id } = assessment;
  const current = step.current.id;
  const dimension = dimensions.find((d) => d.id === step.dimensionId);
  const { previous, next } = step;
  return (
    <section class="wizard-step" aria-labelledby="step-heading">
      <p class="step-count">{format(s.stepOf, { n: step.position, total: step.count })}</p>
      <h2 id="step-heading" ref={props.heading} tabIndex={-1}>
        {current === PROFILE_STEP ? props.profile.title : step.current.label}
      </h2>
      {current === PROFILE_STEP && (
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
          dimension={dimension}
          assessment={assessment}
          last={props.last}
          numberOffset={step.numberOffset}
          total={dimensions.reduce((n, d) => n + d.questions.length, 0)}
          phaseNames={props.phaseNames}
          strings={s}
          onAnswer={(questionId, value) => answerQuestion(id, questionId, value)}
          onNote={(questionId, note) => setNote(id, questionId, note)}
        />
      )}
      {current === REVIEW_STEP && <ReviewPart {...props} />}
      <div class="step-nav">
        {previous && (
          <button type="button" class="button secondary" onClick={() => props.onGo(previous)}>
            {s.back}
          </button>
        )}
        {next && (
          <button type="button" class="button" onClick={() => props.onGo(next)}>
            {next === REVIEW_STEP ? s.nextReview : s.next}
          </button>
        )}
      </div>
      <p class="saved-note">{s.saved}</p>
    </section>
  );
}

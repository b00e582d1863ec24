/** The review step, with the score of the answers so far. Fetched with that step (ReviewPart.tsx). */
import { useStore } from '@nanostores/preact';
import type { WizardProps } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import { $wizardScore } from '../../stores/wizard-score';
import { ReviewStep } from './ReviewStep';

export interface WizardReviewProps extends Pick<
  WizardProps,
  'strings' | 'dimensions' | 'verdicts' | 'maturity' | 'joinPath' | 'resultsPath'
> {
  assessment: Assessment;
  hrefOf: (step: string, questionId?: string) => string;
  onGo: (step: string, questionId?: string) => void;
}

export function WizardReview(props: WizardReviewProps) {
  const { strings: s, assessment } = props;
  const score = useStore($wizardScore);
  if (!score) return null;
  const participant = assessment.participation !== undefined;
  return (
    <ReviewStep
      dimensions={props.dimensions}
      answers={assessment.answers}
      score={score}
      strings={s}
      verdicts={props.verdicts}
      maturity={props.maturity}
      hrefOf={props.hrefOf}
      onGo={props.onGo}
      lead={participant ? s.participantReviewLead : s.reviewLead}
      finalHref={`${participant ? props.joinPath : props.resultsPath}?id=${encodeURIComponent(assessment.id)}`}
      finalLabel={participant ? s.handBack : s.seeResults}
    />
  );
}

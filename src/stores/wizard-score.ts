/**
 * The score of the assessment the wizard shows, for its review step: computed once per change of
 * the answers. Apart from wizard.ts so that the scoring rules are fetched with the review step,
 * not with the questions.
 */
import { computed } from 'nanostores';
import { scoreAssessment, type AssessmentScore } from '../domain/scoring/score-assessment';
import { $currentAssessment } from './current-assessment';
import { $wizardContent } from './wizard-content';

/** The score of the assessment shown; null while none is. */
export const $wizardScore = computed(
  [$wizardContent, $currentAssessment],
  (content, assessment): AssessmentScore | null =>
    content && assessment ? scoreAssessment(content.model, assessment.answers) : null,
);

/** The questionnaire: profile, one dimension per screen, review; progress always visible; saved as answered. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { WizardProps } from '../types';
import {
  $assessments,
  $storageHealth,
  initAssessmentStore,
  retrySaving,
} from '../../stores/assessments';
import { $currentAssessment } from '../../stores/current-assessment';
import {
  $stepView,
  $wizardView,
  openWizard,
  scopeWizard,
  type WizardContent,
} from '../../stores/wizard';
import { continueToFullAssessment } from '../../stores/continue-assessment';
import { getAssessedDimensions, getScanCoverage } from '../../domain/assessment/assessment-mode';
import { findById } from '../../domain/assessment/find-by-id';
import { toSizedDimensions } from '../../domain/content/level-wording';
import { QuickScanNotice } from '../shared/QuickScanNotice';
import { toQuestionFacts, toRestoreContext, toScoringModel } from '../shared/content-facts';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import { MissingAssessment } from '../shared/MissingAssessment';
import { WizardProgress } from './WizardProgress';
import { useCarriedAssessment } from './use-carried-assessment';
import { useStepFocus } from './use-step-focus';
import { readLocation, useWizardNavigation } from './use-wizard-navigation';
import { SectionNav } from './SectionNav';
import { WizardStep } from './WizardStep';
import { loadReview } from './ReviewPart';
import { ParticipantBanner } from './ParticipantBanner';
import { useLastTime } from './use-last-time';

export default function WizardApp(props: WizardProps) {
  const { strings: s, dimensions } = props;
  // A quick scan walks only its questions (#13), scored over them.
  const toContent = (scoped: WizardProps['dimensions']): WizardContent => ({
    dimensions: scoped,
    labels: { profile: s.profileStep, review: s.reviewStep },
    model: toScoringModel(scoped),
  });
  const context = useMemo(
    () =>
      toRestoreContext({
        questions: toQuestionFacts(dimensions),
        profileFieldIds: props.profile.fields.map((f) => f.id),
        contentVersion: props.contentVersion,
      }),
    [dimensions, props.profile, props.contentVersion],
  );
  const [{ id }] = useState(() => {
    initAssessmentStore(context);
    const location = readLocation();
    const mode = findById($assessments.get(), location.id)?.mode ?? 'full';
    openWizard(
      toContent(getAssessedDimensions(dimensions, mode, props.quickScanIds)),
      location.id,
      location.step,
    );
    return location;
  });
  const pending = useCarriedAssessment(id, context);
  const assessment = useStore($currentAssessment);
  const view = useStore($wizardView);
  const step = useStore($stepView);
  const health = useStore($storageHealth);
  const { heading, focusNext } = useStepFocus(step?.current.id);
  const mode = assessment?.mode ?? 'full';
  const scoped = useMemo(
    () => getAssessedDimensions(dimensions, mode, props.quickScanIds),
    [dimensions, mode, props.quickScanIds],
  );
  // Continuing a quick scan into the full assessment widens what the wizard walks.
  useEffect(() => scopeWizard(toContent(scoped)), [scoped]);
  // The review step's code, fetched once the first screen is drawn (effects run after painting).
  useEffect(() => void loadReview().catch(() => undefined), []);
  const companySize = assessment?.profile['company-size'];
  // Levels read as the organization's size has them (a small firm's wording where there is one).
  const shown = useMemo(() => toSizedDimensions(scoped, companySize), [scoped, companySize]);

  const { hrefOf, go } = useWizardNavigation(id, focusNext);
  // A run started from an earlier one shows last time's answers (#16).
  const last = useLastTime(assessment?.previousId);

  if (pending) return <p class="loading">{s.loading}</p>;
  if (!assessment || !view || !step) {
    return <MissingAssessment message={s.notFound} linkText={s.toList} listPath={props.listPath} />;
  }

  const scan = getScanCoverage(dimensions, assessment.mode, props.quickScanIds);
  return (
    <div class="wizard">
      <WizardProgress
        progress={view.progress}
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
        exportable={[assessment]}
        onRetry={retrySaving}
      />
      {last && (
        <last.LastTimeBar
          assessment={assessment}
          dimensions={shown}
          strings={s}
          lang={props.lang}
        />
      )}
      <div class="wizard-body">
        <SectionNav
          steps={view.steps}
          current={step.current.id}
          strings={s}
          hrefOf={hrefOf}
          onGo={go}
        />
        <WizardStep
          {...props}
          dimensions={shown}
          assessment={assessment}
          last={last?.getLastTexts(assessment, shown, s)}
          step={step}
          heading={heading}
          hrefOf={hrefOf}
          onGo={go}
        />
      </div>
    </div>
  );
}

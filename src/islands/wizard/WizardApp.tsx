/** The questionnaire: profile, one dimension per screen, review; progress always visible; saved as answered. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { WizardProps } from '../types';
import { $storageHealth, initAssessmentStore } from '../../stores/assessments';
import { $currentAssessment } from '../../stores/current-assessment';
import { $stepView, $wizardView, goToWizardStep, openWizard, showStep } from '../../stores/wizard';
import { toQuestionFacts, toRestoreContext, toScoringModel } from '../shared/content-facts';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import { MissingAssessment } from '../shared/MissingAssessment';
import { exportAssessment } from '../assessments/use-import';
import { WizardProgress } from './WizardProgress';
import { useCarriedAssessment } from './use-carried-assessment';
import { useStepFocus } from './use-step-focus';
import { SectionNav } from './SectionNav';
import { WizardStep } from './WizardStep';
import { ParticipantBanner } from './ParticipantBanner';

/** Reads `?id=` and `?step=` from the address. */
function readLocation(): { id: string; step: string | null } {
  const params = new URLSearchParams(globalThis.location.search);
  return { id: params.get('id') ?? '', step: params.get('step') };
}

export default function WizardApp(props: WizardProps) {
  const { strings: s, dimensions } = props;
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
    openWizard(
      {
        dimensions,
        labels: { profile: s.profileStep, review: s.reviewStep },
        model: toScoringModel(dimensions),
      },
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

  const hrefOf = (target: string, questionId?: string) =>
    `?id=${encodeURIComponent(id)}&step=${encodeURIComponent(target)}${questionId ? `#q-${questionId}` : ''}`;

  const go = (target: string, questionId?: string) => {
    focusNext(questionId ?? 'heading');
    globalThis.history.pushState(null, '', hrefOf(target, questionId));
    goToWizardStep(target);
  };

  useEffect(() => {
    const onPop = () => {
      focusNext('heading');
      showStep(readLocation().step);
    };
    globalThis.addEventListener('popstate', onPop);
    return () => globalThis.removeEventListener('popstate', onPop);
  }, []);

  if (pending) return <p class="loading">{s.loading}</p>;
  if (!assessment || !view || !step) {
    return <MissingAssessment message={s.notFound} linkText={s.toList} listPath={props.listPath} />;
  }

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
      <UpdateBanner strings={props.listStrings} />
      <StorageBanner
        health={health}
        strings={props.listStrings}
        onExport={() => exportAssessment(assessment, props.listStrings, () => undefined)}
      />
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
          assessment={assessment}
          step={step}
          heading={heading}
          hrefOf={hrefOf}
          onGo={go}
        />
      </div>
    </div>
  );
}

/** The packaged-vs-custom page: link an assessment or not, weigh, rank, test the answer, cost it. */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $assessmentList,
  $storageHealth,
  initAssessmentStore,
  retrySaving,
} from '../../stores/assessments';
import { $currentAssessment, $currentAssessmentId } from '../../stores/current-assessment';
import { $decisionView, linkAssessment, openDecision, resetDecision } from '../../stores/decision';
import { toRestoreContext } from '../shared/content-facts';
import { StorageBanner } from '../shared/StorageBanner';
import type { OptionId } from '../../domain/decision/model';
import type { DecisionProps } from './decision-props';
import type { DecisionNames } from './recommendation-text';
import { AssessmentPicker } from './AssessmentPicker';
import { getSizeLabel, readLinkedId, writeLinkedId } from './decision-location';
import { OrganizationFactsPanel } from './OrganizationFactsPanel';
import { OptionsIntro } from './OptionsIntro';
import { RankingSection } from './RankingSection';
import { CriteriaSection } from './CriteriaSection';
import { SensitivitySection } from './SensitivitySection';
import { TcoSection } from './TcoSection';
import { AfterFirstPaint } from '../shared/AfterFirstPaint';

export default function DecisionApp(props: DecisionProps) {
  const { strings: s, lang } = props;
  // Client-only island: read storage before the first render, so nothing flashes.
  useState(() => {
    initAssessmentStore(
      toRestoreContext({
        questions: props.questions,
        profileFieldIds: props.profileFieldIds,
        contentVersion: props.contentVersion,
      }),
    );
    openDecision(
      {
        model: { dimensions: props.dimensions, questions: props.questions },
        criteria: props.criteria,
        tcoDefaults: props.tcoDefaults,
        currency: props.currency,
        profileFields: props.profileFields,
      },
      readLinkedId(),
    );
  });
  // Bumped on reset and on a change of assessment: every typed field starts again from its value.
  const [revision, setRevision] = useState(0);
  const id = useStore($currentAssessmentId);
  const assessment = useStore($currentAssessment);
  const list = useStore($assessmentList);
  const health = useStore($storageHealth);
  const decision = useStore($decisionView);
  const names = useMemo<DecisionNames>(
    () => ({
      options: Object.fromEntries(props.options.map((o) => [o.id, o.name])) as Record<
        OptionId,
        string
      >,
      criteria: Object.fromEntries(props.criteria.map((c) => [c.id, c.name])),
    }),
    [props.options, props.criteria],
  );
  if (!decision) return null;
  const sizeLabel = getSizeLabel(props.profileOptions['company-size'], decision.companySize);

  const select = (next: string) => {
    linkAssessment(next);
    writeLinkedId(next);
    setRevision((r) => r + 1);
  };
  const reset = () => {
    resetDecision();
    setRevision((r) => r + 1);
  };

  return (
    <div class="decision stack-lg">
      {assessment && (
        <StorageBanner
          health={health}
          strings={props.storageStrings}
          exportable={[assessment]}
          onRetry={retrySaving}
        />
      )}
      <AssessmentPicker
        strings={s}
        assessments={list}
        linked={assessment}
        missing={id !== '' && !assessment}
        sizeLabel={sizeLabel}
        listPath={props.listPath}
        canReset={!decision.isDefault}
        onSelect={select}
        onReset={reset}
      />
      {!assessment && (
        <OrganizationFactsPanel
          facts={decision.facts}
          fields={props.profileFields}
          strings={s}
          lang={lang}
        />
      )}
      <OptionsIntro options={props.options} strings={s} />
      <RankingSection ranking={decision.ranking} names={names} strings={s} lang={lang} />
      <AfterFirstPaint>
        <CriteriaSection
          criteria={props.criteria}
          options={props.options}
          decision={decision}
          names={names}
          dimensions={props.dimensions}
          profileOptions={props.profileOptions}
          sizeLabel={sizeLabel}
          strings={s}
          lang={lang}
        />
        <SensitivitySection
          sensitivity={decision.sensitivity}
          ranking={decision.ranking}
          names={names}
          strings={s}
          lang={lang}
        />
        <TcoSection
          key={`tco-${revision}`}
          decision={decision}
          options={props.options}
          names={names}
          topOptionId={decision.sensitivity.topOptionId}
          strings={s}
          lang={lang}
        />
      </AfterFirstPaint>
    </div>
  );
}

/** One workshop (/workshop/?id=): participants, collecting answers, alignment, agenda, consolidation. */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Workshop } from '../../domain/workshop/workshop';
import { aggregateAlignment } from '../../domain/workshop/aggregate-alignment';
import { getConsensusRule } from '../../domain/workshop/consensus-rule';
import { getLatestSubmissions } from '../../domain/workshop/latest-answers';
import {
  $assessments,
  $storageHealth,
  initAssessmentStore,
  retrySaving,
} from '../../stores/assessments';
import {
  $workshopStorageHealth,
  $workshops,
  initWorkshopStore,
  retryWorkshopSaving,
} from '../../stores/workshops';
import { toQuestionFacts, toRestoreContext, toScoringModel } from '../shared/content-facts';
import { MissingAssessment } from '../shared/MissingAssessment';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import type { WorkshopProps } from './workshop-props';
import { toImportContext } from './workshop-format';
import { WorkshopHeader } from './WorkshopHeader';
import { ParticipantsSection } from './ParticipantsSection';
import { CollectSection } from './CollectSection';
import { AlignmentSection } from './AlignmentSection';
import { AgendaSection } from './AgendaSection';
import { ConsolidatePanel } from './ConsolidatePanel';
import { BackupPanel } from './BackupPanel';
import { downloadBackup } from './workshop-actions';
import { findById } from '../../domain/assessment/find-by-id';

export default function WorkshopApp(props: WorkshopProps) {
  const { dimensions } = props;
  const [id] = useState(() => {
    const questions = toQuestionFacts(dimensions);
    // Client-only island: read storage before the first render. The assessments store is needed
    // to answer on this device and for the consolidated assessment.
    initAssessmentStore(
      toRestoreContext({
        questions,
        profileFieldIds: props.profileFieldIds,
        contentVersion: props.contentVersion,
      }),
    );
    initWorkshopStore({
      contentVersion: props.contentVersion,
      importContext: toImportContext(questions),
    });
    return new URLSearchParams(globalThis.location.search).get('id') ?? '';
  });
  const workshop = findById(useStore($workshops), id);
  if (!workshop) {
    return (
      <MissingAssessment
        message={props.strings.notFound}
        linkText={props.strings.toList}
        listPath={props.listPath}
      />
    );
  }
  return <WorkshopBody {...props} workshop={workshop} />;
}

/** The page of a workshop that exists. */
function WorkshopBody(props: WorkshopProps & { workshop: Workshop }) {
  const { workshop, dimensions, strings: s, lang, roleNames } = props;
  // The workshop, and the consolidated assessment its agreements flow into: either may be refused.
  const workshopHealth = useStore($workshopStorageHealth);
  const assessmentHealth = useStore($storageHealth);
  const health = workshopHealth === 'ok' ? assessmentHealth : workshopHealth;
  const retry = () => {
    retryWorkshopSaving();
    retrySaving();
  };
  const assessments = useStore($assessments);
  const model = useMemo(() => toScoringModel(dimensions), [dimensions]);
  const rule = getConsensusRule(workshop);
  const alignment = useMemo(
    () =>
      // The latest round's answers (#18): round 2's over round 1's.
      aggregateAlignment(model, getLatestSubmissions(workshop), {
        showIndividual: workshop.showIndividual,
        rule,
      }),
    // Only what the figures read: agreements and notes do not recompute them.
    [model, workshop.submissions, workshop.roundTwo, workshop.showIndividual, rule],
  );
  const questions = useMemo(
    () =>
      new Map(
        dimensions.flatMap((d) =>
          d.questions.map((q) => [q.id, { question: q, dimension: d.title }]),
        ),
      ),
    [dimensions],
  );
  const consolidated =
    workshop.assessmentId !== undefined &&
    findById(assessments, workshop.assessmentId) !== undefined;
  const presentHref = `${props.presentPath}?id=${encodeURIComponent(workshop.id)}`;
  const backup = () => downloadBackup(workshop, () => undefined);

  return (
    <div class="stack-lg workshop">
      <WorkshopHeader workshop={workshop} strings={s} lang={lang} />
      <nav class="section-links" aria-label={s.sectionsLabel}>
        <ul>
          <li>
            <a href="#participants">{s.participantsHeading}</a>
          </li>
          <li>
            <a href="#collect">{s.collectHeading}</a>
          </li>
          <li>
            <a href="#alignment">{s.alignmentHeading}</a>
          </li>
          <li>
            <a href="#agenda">{s.agendaHeading}</a>
          </li>
          <li>
            <a href="#consolidate">{s.consolidateHeading}</a>
          </li>
          <li>
            <a href={presentHref}>{s.presentLink}</a>
          </li>
        </ul>
      </nav>
      <UpdateBanner strings={s} />
      <StorageBanner health={health} strings={s} onExport={backup} onRetry={retry} />
      <ParticipantsSection
        workshop={workshop}
        strings={s}
        qrStrings={props.qrStrings}
        roleNames={roleNames}
        lang={lang}
        joinPath={props.joinPath}
        wizardPath={props.wizardPath}
      />
      <BackupPanel workshop={workshop} strings={s} />
      <CollectSection
        workshop={workshop}
        strings={s}
        qrStrings={props.qrStrings}
        roleNames={roleNames}
        lang={lang}
      />
      <AlignmentSection
        workshop={workshop}
        alignment={alignment}
        dimensions={dimensions}
        strings={s}
        roleNames={roleNames}
        lang={lang}
      />
      <AgendaSection
        workshop={workshop}
        agenda={alignment.agenda}
        questions={questions}
        consolidated={consolidated}
        strings={s}
        lang={lang}
        presentHref={presentHref}
      />
      {/*
       * The second round (RoundTwoSection, #18) is not offered yet: its invitations need the
       * participant's side on the join page (the re-asked questions with round 1's distribution),
       * which is not built. Its domain, its import checks and its report section are in place.
       */}
      <ConsolidatePanel
        workshop={workshop}
        exists={consolidated}
        strings={s}
        lang={lang}
        resultsPath={props.resultsPath}
      />
    </div>
  );
}

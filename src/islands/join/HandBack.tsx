/**
 * Handing answers back (/join/?id=): how far the participant got, then their answers as a code, a
 * file, or straight into the workshop when it is set up on this device. Only this assessment's
 * answers are shown: nothing here lists other participants.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { JoinProps } from '../types';
import { formatProgress, getProgress } from '../../domain/assessment/progress';
import { serializeSubmissionFile } from '../../domain/workshop/write-submission-file';
import { format } from '../../i18n/format';
import { saveTextFile } from '../../adapters/file/save-file';
import { $assessments } from '../../stores/assessments';
import { $workshops, initWorkshopStore } from '../../stores/workshops';
import { MissingAssessment } from '../shared/MissingAssessment';
import { toImportContext } from '../workshops/workshop-format';
import { buildParticipantSubmission, toAnswersFileName } from './participant-submission';
import { SubmissionCodePanel } from './SubmissionCodePanel';
import { useLazy } from '../shared/use-lazy';

/** The hand-back QR code arrives after the page is drawn (#18). */
const loadQrPanel = () => import('./SubmissionQrPanel').then((m) => m.SubmissionQrPanel);
import { HandInPanel } from './HandInPanel';
import { HandedIn } from './HandedIn';
import { findById } from '../../domain/assessment/find-by-id';

export function HandBack(props: JoinProps & { id: string }) {
  const { strings: s, content, id } = props;
  useState(() =>
    initWorkshopStore({
      contentVersion: content.contentVersion,
      importContext: toImportContext(content.questions),
    }),
  );
  const assessment = findById(useStore($assessments), id);
  const workshops = useStore($workshops);
  const [handedIn, setHandedIn] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (downloaded) message.current?.focus();
  }, [downloaded]);
  const [now] = useState(() => new Date());
  const SubmissionQrPanel = useLazy(loadQrPanel);
  const submission = useMemo(
    () => (assessment ? buildParticipantSubmission(assessment, now) : null),
    [assessment, now],
  );
  const questionIds = useMemo(() => content.questions.map((q) => q.id), [content]);

  if (handedIn !== null) {
    return (
      <HandedIn
        strings={s}
        workshopHref={`${props.workshopPath}?id=${encodeURIComponent(handedIn)}`}
      />
    );
  }
  if (!assessment || !submission || !assessment.participation) {
    return (
      <MissingAssessment
        message={assessment ? s.notParticipant : s.notFound}
        linkText={s.toList}
        listPath={props.listPath}
      />
    );
  }
  const { name, role } = assessment.participation.participant;
  const progress = getProgress(content.questions, assessment.answers).overall;
  const workshop = findById(workshops, submission.workshopId);
  const download = () => {
    const file = toAnswersFileName(assessment.organization, name, role);
    saveTextFile(file, serializeSubmissionFile(submission));
    setDownloaded(file);
  };

  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="hand-back-heading">
        <h2 id="hand-back-heading">{s.handBackHeading}</h2>
        <p>
          {format(s.handBackLead, {
            organization: assessment.organization,
            name: name || s.unnamedParticipant,
            role: props.roleNames[role],
          })}
        </p>
        <p>
          <strong>{formatProgress(progress, s)}</strong>{' '}
          {progress.answered + progress.dontKnow < progress.total
            ? s.someOpen
            : progress.dontKnow > 0
              ? s.noneBlankSomeUnknown
              : s.allAnswered}
        </p>
        <p>
          <a href={`${props.wizardPath}?id=${encodeURIComponent(id)}`}>{s.toWizard}</a>
        </p>
        <p>{s.notesStay}</p>
      </section>
      {workshop && (
        <HandInPanel
          strings={s}
          assessmentId={id}
          organization={workshop.organization}
          submission={submission}
          onHandedIn={() => setHandedIn(submission.workshopId)}
        />
      )}
      {SubmissionQrPanel && progress.answered + progress.dontKnow > 0 && (
        <SubmissionQrPanel
          strings={props.qrStrings}
          submission={submission}
          questionIds={questionIds}
        />
      )}
      <SubmissionCodePanel strings={s} submission={submission} questionIds={questionIds} />
      <section class="panel stack" aria-labelledby="file-heading">
        <h3 id="file-heading">{s.fileHeading}</h3>
        <p>{s.fileText}</p>
        <p>
          <button type="button" class="button secondary" onClick={download}>
            {s.download}
          </button>
        </p>
        <div role="status" class="status">
          {downloaded && (
            <p class="banner success" tabIndex={-1} ref={message}>
              {format(s.downloaded, { file: downloaded })}
            </p>
          )}
        </div>
      </section>
    </div>
  );
}

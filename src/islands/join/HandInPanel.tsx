/**
 * Several participants in turn on one device (#7): when the workshop is set up on this device, the
 * participant hands their answers straight in. On success their own copy is deleted, so the next
 * person cannot see it; on refusal nothing changes and the reason is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Submission } from '../../domain/workshop/workshop';
import { serializeSubmissionFile } from '../../domain/workshop/write-submission-file';
import { format } from '../../i18n/format';
import { deleteAssessment } from '../../stores/assessments';
import { importSubmission } from '../../stores/workshops';
import { describeSubmissionFailure, type RefusalMessage } from './join-messages';
import { ErrorBanner } from '../shared/ErrorBanner';

interface Props {
  strings: UiStrings['join'];
  assessmentId: string;
  organization: string;
  submission: Submission;
  /** Called once the answers are in the workshop and gone from this device. */
  onHandedIn: () => void;
}

export function HandInPanel({
  strings: s,
  assessmentId,
  organization,
  submission,
  onHandedIn,
}: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RefusalMessage | null>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);

  const handIn = async () => {
    setBusy(true);
    setError(null);
    const result = await importSubmission(
      submission.workshopId,
      serializeSubmissionFile(submission),
    );
    setBusy(false);
    if (!result.ok) {
      setError(describeSubmissionFailure(s.handInErrors, result));
      return;
    }
    deleteAssessment(assessmentId);
    onHandedIn();
  };

  return (
    <section class="panel stack" aria-labelledby="device-heading">
      <h3 id="device-heading">{s.deviceHeading}</h3>
      <p>{format(s.deviceText, { organization })}</p>
      <p>
        <button type="button" class="button" disabled={busy} onClick={() => void handIn()}>
          {s.handIn}
        </button>
      </p>
      <div role="status" class="status">
        {busy && <p class="loading">{s.handingIn}</p>}
      </div>
      {error && (
        <ErrorBanner
          message={`${error.message} ${s.handInUnchanged}`}
          detail={error.detail}
          detailsLabel={s.errorDetails}
          boxRef={errorBox}
        />
      )}
    </section>
  );
}

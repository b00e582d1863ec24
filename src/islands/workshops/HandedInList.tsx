/** The answers handed in so far, one line per participant, each removable after a confirmation. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Participant, Workshop } from '../../domain/workshop/workshop';
import { format, formatDateTime } from '../../i18n/format';
import { removeSubmission } from '../../stores/workshops';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { getDisplayName } from './import-messages';
import { StatusMessage, useStatus } from './StatusMessage';
import { countGivenAnswers } from '../../domain/assessment/progress';

interface Props {
  workshop: Workshop;
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  lang: string;
}

export function HandedInList({ workshop, strings: s, roleNames, lang }: Props) {
  const [status, report] = useStatus();
  const [toRemove, setToRemove] = useState<Participant | null>(null);
  const byId = new Map(workshop.participants.map((p) => [p.id, p]));
  const handedIn = workshop.submissions.flatMap((submission) => {
    const participant = byId.get(submission.participantId);
    return participant ? [{ participant, submission }] : [];
  });
  const name = toRemove ? getDisplayName(toRemove, s) : '';
  const confirm = () => {
    if (!toRemove) return;
    removeSubmission(workshop.id, toRemove.id);
    report({ text: format(s.answersRemoved, { name }), focus: true });
    setToRemove(null);
  };
  return (
    <div class="stack">
      <h3>
        {format(s.handedInHeading, {
          count: handedIn.length,
          invited: workshop.participants.length,
        })}
      </h3>
      <StatusMessage status={status} strings={s} />
      {handedIn.length === 0 ? (
        <p>{s.handedInEmpty}</p>
      ) : (
        <ul class="handed-in">
          {handedIn.map(({ participant, submission }) => {
            const who = getDisplayName(participant, s);
            return (
              <li key={participant.id}>
                <span>
                  {format(s.handedInItem, {
                    name: who,
                    role: roleNames[participant.role],
                    count: countGivenAnswers(submission.answers),
                    date: formatDateTime(submission.submittedAt, lang),
                  })}
                </span>
                <button
                  type="button"
                  class="button danger"
                  aria-label={format(s.removeAnswersLabel, { name: who })}
                  onClick={() => setToRemove(participant)}
                >
                  {s.removeAnswers}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title={format(s.removeAnswersTitle, { name })}
        onCancel={() => setToRemove(null)}
        actions={
          <>
            <button type="button" class="button danger" onClick={confirm}>
              {s.removeAnswers}
            </button>
            <button type="button" class="button secondary" onClick={() => setToRemove(null)}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>{format(s.removeAnswersText, { name })}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Asks before removing a participant whose answers were already collected. */
import type { UiStrings } from '../../i18n/types';
import type { Participant, Workshop } from '../../domain/workshop/workshop';
import { format, formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { getDisplayName } from './import-messages';

interface Props {
  workshop: Workshop;
  /** The participant asked about; null when the dialog is closed. */
  participant: Participant | null;
  strings: UiStrings['workshop'];
  lang: string;
  onRemove: (participant: Participant) => void;
  onClose: () => void;
}

export function RemoveParticipantDialog(props: Props) {
  const { participant, strings: s, onClose } = props;
  const name = getDisplayName(participant ?? undefined, s);
  const submission = participant
    ? props.workshop.submissions.find((x) => x.participantId === participant.id)
    : undefined;
  return (
    <ConfirmDialog
      open={participant !== null}
      title={format(s.removeParticipantTitle, { name })}
      onCancel={onClose}
      actions={
        <>
          <button
            type="button"
            class="button danger"
            onClick={() => {
              if (participant) props.onRemove(participant);
              onClose();
            }}
          >
            {s.removeParticipant}
          </button>
          <button type="button" class="button secondary" onClick={onClose}>
            {s.cancel}
          </button>
        </>
      }
    >
      <p>
        {format(s.removeParticipantText, {
          name,
          date: submission ? formatDateTime(submission.submittedAt, props.lang) : '',
        })}
      </p>
    </ConfirmDialog>
  );
}

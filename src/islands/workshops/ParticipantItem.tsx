/** One invited participant: role, whether answers came back, and their invitation as code, link or file. */
import type { UiStrings } from '../../i18n/types';
import type { Participant, Submission } from '../../domain/workshop/workshop';
import { format, formatDateTime } from '../../i18n/format';
import { getDisplayName } from './import-messages';

/** What can be done for one participant. */
export interface ParticipantActions {
  onCopyCode: () => void;
  onCopyLink: () => void;
  onDownload: () => void;
  onAnswerHere: () => void;
  onRemove: () => void;
}

interface Props extends ParticipantActions {
  participant: Participant;
  submission: Submission | undefined;
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  lang: string;
  /** What the last copy or download for this participant did; empty when nothing. */
  notice: string;
}

export function ParticipantItem({
  participant,
  submission,
  strings: s,
  roleNames,
  lang,
  notice,
  ...on
}: Props) {
  const name = getDisplayName(participant, s);
  const headingId = `participant-${participant.id}`;
  const labelled = (template: string) => format(template, { name });
  return (
    <li class="card participant" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p class="org">{roleNames[participant.role]}</p>
      <p class={submission ? 'handed' : 'meta'}>
        {submission
          ? format(s.answersIn, { date: formatDateTime(submission.submittedAt, lang) })
          : s.answersNotIn}
      </p>
      <div class="actions" role="group" aria-label={labelled(s.invitationFor)}>
        <button
          type="button"
          class="button secondary"
          aria-label={labelled(s.copyCodeLabel)}
          onClick={on.onCopyCode}
        >
          {s.copyCode}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-label={labelled(s.copyLinkLabel)}
          onClick={on.onCopyLink}
        >
          {s.copyLink}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-label={labelled(s.downloadInvitationLabel)}
          onClick={on.onDownload}
        >
          {s.downloadInvitation}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-label={labelled(s.answerHereLabel)}
          onClick={on.onAnswerHere}
        >
          {s.answerHere}
        </button>
        <button
          type="button"
          class="button danger"
          aria-label={labelled(s.removeParticipantLabel)}
          onClick={on.onRemove}
        >
          {s.removeParticipant}
        </button>
      </div>
      <p class="card-notice" role="status">
        {notice}
      </p>
    </li>
  );
}

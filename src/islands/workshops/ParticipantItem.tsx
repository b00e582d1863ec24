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
  /** The "Show QR" action (#18): its text, its accessible name's template, its handler. */
  showQr?: readonly [string, string, () => void];
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
  showQr,
  ...on
}: Props) {
  const name = getDisplayName(participant, s);
  const headingId = `participant-${participant.id}`;
  const labelled = (template: string) => format(template, { name });
  /** Each action: its text, its accessible name (naming the participant), its handler, its look. */
  const actions: readonly (readonly [string, string, () => void, 'secondary' | 'danger'])[] = [
    ...(showQr ? [[...showQr, 'secondary'] as const] : []),
    [s.copyCode, s.copyCodeLabel, on.onCopyCode, 'secondary'],
    [s.copyLink, s.copyLinkLabel, on.onCopyLink, 'secondary'],
    [s.downloadInvitation, s.downloadInvitationLabel, on.onDownload, 'secondary'],
    [s.answerHere, s.answerHereLabel, on.onAnswerHere, 'secondary'],
    [s.removeParticipant, s.removeParticipantLabel, on.onRemove, 'danger'],
  ];
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
        {actions.map(([text, label, onClick, tone]) => (
          <button
            key={text}
            type="button"
            class={`button ${tone}`}
            aria-label={labelled(label)}
            onClick={onClick}
          >
            {text}
          </button>
        ))}
      </div>
      <p class="card-notice" role="status">
        {notice}
      </p>
    </li>
  );
}

/** Participants and invitations: send each their invitation, let people answer here, add and remove. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Participant, Workshop } from '../../domain/workshop/workshop';
import { buildInvitation } from '../../domain/workshop/create-workshop';
import { format, formatDateTime } from '../../i18n/format';
import { $assessments, startParticipation } from '../../stores/assessments';
import { removeParticipant } from '../../stores/workshops';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { getDisplayName } from './import-messages';
import { ParticipantItem } from './ParticipantItem';
import { AddParticipantForm } from './AddParticipantForm';
import { copyInvitation, downloadInvitation } from './workshop-actions';
import { StatusMessage, useStatus } from './StatusMessage';

interface Props {
  workshop: Workshop;
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  lang: string;
  joinPath: string;
  wizardPath: string;
}

/** Text the browser would not copy, shown for copying by hand. */
interface Manual {
  readonly label: string;
  readonly text: string;
}

export function ParticipantsSection(props: Props) {
  const { workshop, strings: s, roleNames, lang } = props;
  const [status, report] = useStatus();
  // What the last copy or download did, shown in that participant's card.
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  const [toRemove, setToRemove] = useState<Participant | null>(null);
  const [manual, setManual] = useState<Manual | null>(null);
  const manualBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    manualBox.current?.focus();
    manualBox.current?.select();
  }, [manual]);

  const invitationOf = (p: Participant) => buildInvitation(workshop, p.id);
  const copy = async (p: Participant, kind: 'code' | 'link') => {
    const invitation = invitationOf(p);
    if (!invitation) return;
    const name = getDisplayName(p, s);
    const result = await copyInvitation(invitation, kind, props.joinPath);
    if (result.copied) {
      setManual(null);
      setNotice({
        id: p.id,
        text: format(kind === 'code' ? s.codeCopied : s.linkCopied, { name }),
      });
    } else {
      const label = format(kind === 'code' ? s.manualCodeLabel : s.manualLinkLabel, { name });
      setManual({ label, text: result.text });
    }
  };
  const answerHere = (p: Participant) => {
    const invitation = invitationOf(p);
    if (!invitation) return;
    const name = format(s.participationName, {
      organization: workshop.organization,
      name: getDisplayName(p, s),
    });
    // Someone who started on this device and stopped carries on where they left off.
    const started = Object.values($assessments.get()).find(
      (a) => a.participation?.workshopId === workshop.id && a.participation.participant.id === p.id,
    );
    const id = started?.id ?? startParticipation(invitation, name);
    globalThis.location.assign(`${props.wizardPath}?id=${encodeURIComponent(id)}`);
  };
  const remove = (p: Participant) => {
    removeParticipant(workshop.id, p.id);
    report({ text: format(s.participantRemoved, { name: getDisplayName(p, s) }), focus: true });
  };
  const removedSubmission = toRemove
    ? workshop.submissions.find((x) => x.participantId === toRemove.id)
    : undefined;

  return (
    <section
      class="stack workshop-section"
      id="participants"
      aria-labelledby="participants-heading"
    >
      <h2 id="participants-heading">{s.participantsHeading}</h2>
      <p class="prose">{s.participantsLead}</p>
      <p class="prose hint">{s.answerHereHint}</p>
      {manual && (
        <div class="banner warning field">
          <label for="manual-copy">{manual.label}</label>
          <p class="hint">{s.copyRefused}</p>
          <textarea id="manual-copy" ref={manualBox} readOnly rows={3} value={manual.text} />
        </div>
      )}
      <StatusMessage status={status} strings={s} />
      <ul class="cards participants">
        {workshop.participants.map((p) => {
          const invitation = invitationOf(p);
          return (
            <ParticipantItem
              key={p.id}
              participant={p}
              submission={workshop.submissions.find((x) => x.participantId === p.id)}
              strings={s}
              roleNames={roleNames}
              lang={lang}
              notice={notice?.id === p.id ? notice.text : ''}
              onCopyCode={() => void copy(p, 'code')}
              onCopyLink={() => void copy(p, 'link')}
              onDownload={() =>
                invitation &&
                downloadInvitation(workshop, p, invitation, (file) =>
                  setNotice({
                    id: p.id,
                    text: format(s.invitationDownloaded, { file, name: getDisplayName(p, s) }),
                  }),
                )
              }
              onAnswerHere={() => answerHere(p)}
              onRemove={() =>
                workshop.submissions.some((x) => x.participantId === p.id)
                  ? setToRemove(p)
                  : remove(p)
              }
            />
          );
        })}
      </ul>
      {workshop.participants.length === 0 && <p>{s.noParticipants}</p>}
      <AddParticipantForm workshop={workshop} strings={s} roleNames={roleNames} />
      <ConfirmDialog
        open={toRemove !== null}
        title={format(s.removeParticipantTitle, { name: getDisplayName(toRemove ?? undefined, s) })}
        onCancel={() => setToRemove(null)}
        actions={
          <>
            <button
              type="button"
              class="button danger"
              onClick={() => {
                if (toRemove) remove(toRemove);
                setToRemove(null);
              }}
            >
              {s.removeParticipant}
            </button>
            <button type="button" class="button secondary" onClick={() => setToRemove(null)}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>
          {format(s.removeParticipantText, {
            name: getDisplayName(toRemove ?? undefined, s),
            date: removedSubmission ? formatDateTime(removedSubmission.submittedAt, lang) : '',
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}

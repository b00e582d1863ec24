/** Participants and invitations: send each their invitation, let people answer here, add and remove. */
import { reportOnceStored } from './report-once-stored';
import { useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Participant, Workshop } from '../../domain/workshop/workshop';
import { buildInvitation } from '../../domain/workshop/create-workshop';
import { format } from '../../i18n/format';
import { findParticipation } from '../../domain/workshop/find-participation';
import { $assessments, startParticipation } from '../../stores/assessments';
import { removeParticipant } from '../../stores/workshops';
import { ManualCopy, type Manual } from './ManualCopy';
import { RemoveParticipantDialog } from './RemoveParticipantDialog';
import { getDisplayName } from './import-messages';
import { ParticipantItem } from './ParticipantItem';
import { AddParticipantForm } from './AddParticipantForm';
import { copyInvitation, downloadInvitation } from './workshop-actions';
import { StatusMessage, useStatus } from './StatusMessage';
import { goWhenSaved } from '../shared/go-when-saved';
import { useLazy } from '../shared/use-lazy';

/** The join QR panel arrives after the page is drawn (#18): its code is off the first load. */
const loadJoinQr = () => import('./JoinQrPanel').then((m) => m.JoinQrPanel);

interface Props {
  workshop: Workshop;
  strings: UiStrings['workshop'];
  qrStrings: UiStrings['qr'];
  roleNames: UiStrings['roles'];
  lang: string;
  joinPath: string;
  wizardPath: string;
}

export function ParticipantsSection(props: Props) {
  const { workshop, strings: s, roleNames, lang } = props;
  const [status, report] = useStatus();
  // What the last copy or download did, shown in that participant's card.
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  const [toRemove, setToRemove] = useState<Participant | null>(null);
  const [manual, setManual] = useState<Manual | null>(null);
  // Whose invitation the QR panel shows; its heading takes focus when a card's "Show QR" is used.
  const [qrFor, setQrFor] = useState<string | null>(null);
  const qrHeading = useRef<HTMLHeadingElement>(null);
  const JoinQrPanel = useLazy(loadJoinQr);
  const showQr = (p: Participant) => {
    setQrFor(p.id);
    qrHeading.current?.focus();
    qrHeading.current?.scrollIntoView({ block: 'start' });
  };

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
    const started = findParticipation($assessments.get(), workshop.id, p.id);
    const id = started?.id ?? startParticipation(invitation, name);
    goWhenSaved(`${props.wizardPath}?id=${encodeURIComponent(id)}`);
  };
  const remove = (p: Participant) => {
    removeParticipant(workshop.id, p.id);
    reportOnceStored(
      report,
      { text: format(s.participantRemoved, { name: getDisplayName(p, s) }), focus: true },
      s.changeNotStored,
    );
  };

  return (
    <section
      class="stack workshop-section"
      id="participants"
      aria-labelledby="participants-heading"
    >
      <h2 id="participants-heading">{s.participantsHeading}</h2>
      <p class="prose">{s.participantsLead}</p>
      <p class="prose hint">{s.answerHereHint}</p>
      {JoinQrPanel && (
        <JoinQrPanel
          workshop={workshop}
          strings={props.qrStrings}
          roleNames={roleNames}
          unnamed={s.unnamed}
          joinPath={props.joinPath}
          participantId={qrFor}
          onChoose={setQrFor}
          headingRef={qrHeading}
        />
      )}
      {manual && <ManualCopy manual={manual} strings={s} />}
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
              showQr={[props.qrStrings.showQr, props.qrStrings.showQrLabel, () => showQr(p)]}
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
      <RemoveParticipantDialog
        workshop={workshop}
        participant={toRemove}
        strings={s}
        lang={lang}
        onRemove={remove}
        onClose={() => setToRemove(null)}
      />
    </section>
  );
}

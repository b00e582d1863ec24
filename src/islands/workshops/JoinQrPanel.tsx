/**
 * Joining with a phone (#18): a large QR code of one participant's join link (the invitation in
 * the fragment, the page in this language), their name, role and a short check code beside it,
 * and the link as text to copy. Used on the workshop page and, larger, on the presentation.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { buildInvitation } from '../../domain/workshop/create-workshop';
import { format } from '../../i18n/format';
import { QrImage } from '../shared/QrImage';
import { buildInvitationLink } from './workshop-format';

interface Props {
  workshop: Workshop;
  strings: UiStrings['qr'];
  roleNames: UiStrings['roles'];
  /** Shown for participants without a name. */
  unnamed: string;
  joinPath: string;
  /** The participant whose code is shown; the panel's own choice when null. */
  participantId: string | null;
  onChoose: (participantId: string) => void;
  headingLevel?: 'h2' | 'h3';
  headingRef?: RefObject<HTMLHeadingElement>;
  /**
   * False on the projector, where the link as text is of no use to the room and who has handed
   * in is not shown by name (the tally counts without names).
   */
  showLink?: boolean;
}

/** The link and its check code for one invitation, packed when needed. */
interface Packed {
  readonly link: string;
  readonly check: string;
}

export function JoinQrPanel(props: Props) {
  const { workshop, strings: s, roleNames, participantId } = props;
  const waiting = workshop.participants.find(
    (p) => !workshop.submissions.some((x) => x.participantId === p.id),
  );
  const chosen =
    workshop.participants.find((p) => p.id === participantId) ??
    waiting ??
    workshop.participants[0];
  const invitation = chosen ? buildInvitation(workshop, chosen.id) : null;
  const [packed, setPacked] = useState<Packed | null>(null);
  const ownHeading = useRef<HTMLHeadingElement>(null);
  const key = invitation ? JSON.stringify(invitation) : '';
  useEffect(() => {
    let current = true;
    setPacked(null);
    if (!invitation) return undefined;
    // The code writer and the fingerprint load on first use, after the page is drawn.
    void Promise.all([
      import('../../domain/workshop/workshop-codes'),
      import('../../domain/workshop/qr-parts'),
    ]).then(async ([{ packCode }, { toCheckCode }]) => {
      const code = await packCode('invitation', invitation);
      const link = buildInvitationLink(globalThis.location.origin, props.joinPath, code);
      if (current) setPacked({ link, check: toCheckCode(code) });
    });
    return () => {
      current = false;
    };
  }, [key, props.joinPath]);

  if (!chosen) return null;
  const nameOf = (p: { name: string }) => (p.name.trim() === '' ? props.unnamed : p.name);
  const name = nameOf(chosen);
  const Heading = props.headingLevel ?? 'h3';
  return (
    <section class="panel stack join-qr" aria-labelledby="join-qr-heading">
      <Heading id="join-qr-heading" tabIndex={-1} ref={props.headingRef ?? ownHeading}>
        {s.joinHeading}
      </Heading>
      <p class="prose">{s.joinLead}</p>
      <div class="field">
        <label for="join-qr-who">{s.whoseInvitation}</label>
        <select
          id="join-qr-who"
          value={chosen.id}
          onChange={(event) => props.onChoose(event.currentTarget.value)}
        >
          {workshop.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {props.showLink !== false &&
              workshop.submissions.some((x) => x.participantId === p.id)
                ? format(s.handedInMark, { name: nameOf(p) })
                : nameOf(p)}
            </option>
          ))}
        </select>
      </div>
      <div class="join-qr-body">
        {packed ? (
          <QrImage
            text={packed.link}
            alt={format(s.joinImageAlt, { name })}
            preparing={s.preparing}
          />
        ) : (
          <div class="qr-frame" aria-busy="true">
            <p class="qr-preparing">{s.preparing}</p>
          </div>
        )}
        <div class="join-qr-facts stack">
          <p class="join-qr-name">{name}</p>
          <p class="org">{roleNames[chosen.role]}</p>
          <p>
            {s.checkCode}: <strong class="check-code">{packed?.check ?? '…'}</strong>
          </p>
        </div>
      </div>
      {packed && props.showLink !== false && (
        <div class="field field-wide">
          <label for="join-qr-link">{format(s.linkLabel, { name })}</label>
          <p class="hint" id="join-qr-link-hint">
            {s.linkHint}
          </p>
          <textarea
            id="join-qr-link"
            class="code-text"
            rows={3}
            readOnly
            value={packed.link}
            aria-describedby="join-qr-link-hint"
          />
        </div>
      )}
    </section>
  );
}

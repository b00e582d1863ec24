/** What an invitation is (organization, who answers, in which role) and how to start or carry on. */
import { useEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { ProgressCount } from '../../domain/assessment/progress';
import type { Invitation } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';

interface Props {
  strings: UiStrings['join'];
  roleNames: UiStrings['roles'];
  invitation: Invitation;
  /** Answers this device already holds for the invitation, with their progress. */
  existing: {
    readonly wizardHref: string;
    readonly handBackHref: string;
    readonly progress: ProgressCount;
  } | null;
  /** False when this browser cannot keep answers: starting would lose them. */
  canStart: boolean;
  onStart: () => void;
  onReset: () => void;
}

export function InvitationSummary(props: Props) {
  const { strings: s, invitation, existing } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { name, role } = invitation.participant;

  return (
    <section class="panel stack invitation" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading" tabIndex={-1} ref={heading}>
        {s.invitationHeading}
      </h2>
      <dl class="facts">
        <div>
          <dt>{s.organizationLabel}</dt>
          <dd>{invitation.organization}</dd>
        </div>
        <div>
          <dt>{s.participantLabel}</dt>
          <dd>{name || s.unnamed}</dd>
        </div>
        <div>
          <dt>{s.roleLabel}</dt>
          <dd>{props.roleNames[role]}</dd>
        </div>
      </dl>
      {existing ? (
        <>
          <p>{format(s.inProgress, existing.progress)}</p>
          <div class="actions">
            <a class="button" href={existing.wizardHref}>
              {s.continue}
            </a>
            <a class="button secondary" href={existing.handBackHref}>
              {s.handBackNow}
            </a>
          </div>
        </>
      ) : (
        <>
          <p>{s.startLead}</p>
          <p>
            <button type="button" class="button" disabled={!props.canStart} onClick={props.onStart}>
              {s.start}
            </button>
          </p>
        </>
      )}
      <p>
        <button type="button" class="link-button" onClick={props.onReset}>
          {s.otherInvitation}
        </button>
      </p>
    </section>
  );
}

/**
 * Joining: an invitation from a link's fragment, a pasted code or a file is read and shown; the
 * participant starts answering, or carries on with answers already on this device.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { JoinProps } from '../types';
import { getProgress } from '../../domain/assessment/progress';
import { format } from '../../i18n/format';
import {
  $assessments,
  $storageHealth,
  assessmentSaved,
  startParticipation,
} from '../../stores/assessments';
import { describeInvitationFailure } from './join-messages';
import { findParticipation, readInvitationFragment } from './participant-submission';
import { useInvitation } from './use-invitation';
import { InvitationForm } from './InvitationForm';
import { InvitationSummary } from './InvitationSummary';
import { goWhenSaved } from '../shared/go-when-saved';

export function JoinStart(props: JoinProps) {
  const { strings: s, content } = props;
  const [code, setCode] = useState('');
  const [reopened, setReopened] = useState(false);
  const flow = useInvitation(content.contentVersion);
  const assessments = useStore($assessments);
  const health = useStore($storageHealth);

  // An invitation link carries its code in the fragment: read it, then take it out of the
  // address so that it does not linger in the history or get copied along with the page. A link
  // pasted into the address bar of this page only changes the fragment: listen for that too.
  useEffect(() => {
    const readFragment = () => {
      const fromLink = readInvitationFragment(globalThis.location.hash);
      if (!fromLink) return;
      const { pathname, search } = globalThis.location;
      globalThis.history.replaceState(globalThis.history.state, '', `${pathname}${search}`);
      setCode(fromLink);
      void flow.read(fromLink);
    };
    readFragment();
    globalThis.addEventListener('hashchange', readFragment);
    return () => globalThis.removeEventListener('hashchange', readFragment);
  }, []);

  const { state } = flow;
  if (state.kind === 'read') {
    const { invitation } = state;
    const existing = findParticipation(Object.values(assessments), invitation);
    const query = existing ? `?id=${encodeURIComponent(existing.id)}` : '';
    return (
      <InvitationSummary
        strings={s}
        roleNames={props.roleNames}
        invitation={invitation}
        existing={
          existing
            ? {
                wizardHref: `${props.wizardPath}${query}`,
                handBackHref: query,
                progress: getProgress(content.questions, existing.answers).overall,
              }
            : null
        }
        canStart={health !== 'unavailable'}
        onStart={() => {
          const name = format(s.assessmentName, { organization: invitation.organization });
          const id = startParticipation(invitation, name);
          // Refused by storage: stay, with the banner saying so, since the answers page could not
          // read it yet; it stays here and is written as soon as storage works again (#15).
          void assessmentSaved(id).then((stored) => {
            if (stored) goWhenSaved(`${props.wizardPath}?id=${encodeURIComponent(id)}`);
          });
        }}
        onReset={() => {
          setCode('');
          setReopened(true);
          flow.reset();
        }}
      />
    );
  }
  return (
    <InvitationForm
      strings={s}
      code={code}
      busy={state.kind === 'busy'}
      focusCode={reopened}
      error={
        state.kind === 'refused'
          ? describeInvitationFailure(s.invitationErrors, state.reason, state.detail)
          : null
      }
      onCode={setCode}
      onRead={(text) => void flow.read(text)}
      onFile={(file) => void flow.readFile(file)}
    />
  );
}

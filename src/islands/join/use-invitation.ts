/** Reading an invitation a participant pasted, opened or followed a link to: busy, read, or refused. */
import { useState } from 'preact/hooks';
import { readTextFile } from '../../adapters/file/save-file';
import { MAX_TRANSFER_BYTES } from '../../domain/workshop/transfer-text';
import type { Invitation } from '../../domain/workshop/workshop';
import type { InvitationRefusal } from './join-messages';
import { compareContentVersion } from './participant-submission';

/** Where reading an invitation stands. */
export type InvitationState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'read'; readonly invitation: Invitation }
  | { readonly kind: 'refused'; readonly reason: InvitationRefusal; readonly detail?: string };

/**
 * Reads invitations as codes, file texts or chosen files; an invitation for another version of
 * the questionnaire than this site's is refused, since its answers could not be handed back.
 * @param siteVersion the content version this site answers against
 */
export function useInvitation(siteVersion: number) {
  const [state, setState] = useState<InvitationState>({ kind: 'idle' });

  const read = async (text: string) => {
    setState({ kind: 'busy' });
    // Reading validates the invitation (zod): loaded with the first one read, not the page (#12).
    const { tryParseInvitation } = await import('../../domain/workshop/invitation-transfer');
    const result = await tryParseInvitation(text);
    if (!result.ok) {
      // A blank field needs no technical detail.
      const detail = result.reason === 'empty' ? undefined : result.detail;
      setState({ kind: 'refused', reason: result.reason, ...(detail && { detail }) });
      return;
    }
    const version = compareContentVersion(result.invitation, siteVersion);
    if (version === 'same') {
      setState({ kind: 'read', invitation: result.invitation });
      return;
    }
    setState({
      kind: 'refused',
      reason: version === 'newer' ? 'newer-content' : 'older-content',
      detail: `The invitation is for questionnaire version ${result.invitation.contentVersion}; this site has version ${siteVersion}.`,
    });
  };

  const readFile = async (file: File) => {
    setState({ kind: 'busy' });
    const text = await readTextFile(file, MAX_TRANSFER_BYTES);
    if (text.ok) await read(text.text);
    else setState({ kind: 'refused', reason: text.reason });
  };

  return { state, read, readFile, reset: () => setState({ kind: 'idle' }) };
}

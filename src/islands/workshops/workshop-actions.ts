/**
 * Downloads and clipboard actions of the workshop pages: files and codes, never through a server.
 * The file and code writers sit in modules that also read (zod), so they load on first use (#12),
 * and so does the file saver: none of them is needed before a click.
 */
import type { Invitation, Participant, Workshop } from '../../domain/workshop/workshop';
import {
  toInvitationFileName,
  toWorkshopFileName,
} from '../../domain/workshop/workshop-file-names';
import { buildInvitationLink } from './workshop-format';

/** Downloads the workshop's backup file and reports the file's name. */
export function downloadBackup(workshop: Workshop, report: (file: string) => void): void {
  void Promise.all([
    import('../../domain/workshop/workshop-backup'),
    import('../../adapters/file/save-file'),
  ]).then(([{ serializeWorkshopFile }, { saveTextFile }]) => {
    const file = toWorkshopFileName(workshop);
    saveTextFile(file, serializeWorkshopFile(workshop));
    report(file);
  });
}

/** Downloads one participant's invitation file and reports the file's name. */
export function downloadInvitation(
  workshop: Workshop,
  participant: Participant,
  invitation: Invitation,
  report: (file: string) => void,
): void {
  void Promise.all([
    import('../../domain/workshop/invitation-transfer'),
    import('../../adapters/file/save-file'),
  ]).then(([{ serializeInvitationFile }, { saveTextFile }]) => {
    const file = toInvitationFileName(workshop, participant);
    saveTextFile(file, serializeInvitationFile(invitation));
    report(file);
  });
}

/** What copying gave: copied, or the text to show for copying by hand. */
export type CopyResult =
  { readonly copied: true } | { readonly copied: false; readonly text: string };

/** Copies an invitation as a code, or as a link to the join page carrying the code. */
export async function copyInvitation(
  invitation: Invitation,
  kind: 'code' | 'link',
  joinPath: string,
): Promise<CopyResult> {
  const [{ encodeInvitationCode }, { copyText }] = await Promise.all([
    import('../../domain/workshop/invitation-transfer'),
    import('../../adapters/file/save-file'),
  ]);
  const code = await encodeInvitationCode(invitation);
  const text =
    kind === 'code' ? code : buildInvitationLink(globalThis.location.origin, joinPath, code);
  return (await copyText(text)) ? { copied: true } : { copied: false, text };
}

import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import type { UiStrings } from '~/i18n/types';
import {
  INVITATION_FAILURES,
  encodeInvitationCode,
  tryParseInvitation,
  type InvitationFailure,
} from '~/domain/workshop/invitation-transfer';
import { SUBMISSION_FAILURES } from '~/domain/workshop/import-submission';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import { buildInvitation } from '~/domain/workshop/create-workshop';
import {
  INVITATION_REFUSALS,
  describeInvitationFailure,
  describeSubmissionFailure,
} from '~/islands/join/join-messages';
import {
  BEN,
  makeSubmission,
  makeWorkshop,
  tinyQuestionIds,
} from '../../domain/workshop/submission-helpers';

const LANGS: [string, UiStrings][] = [
  ['en', en],
  ['es', es],
];

describe.each(LANGS)('join messages in %s', (_lang, strings) => {
  const s = strings.join;

  it('names every reason an invitation is refused, and no other', () => {
    expect(Object.keys(s.invitationErrors).sort()).toEqual([...INVITATION_REFUSALS].sort());
    for (const reason of INVITATION_FAILURES) expect(INVITATION_REFUSALS).toContain(reason);
  });

  it.each(INVITATION_REFUSALS)('gives a refused invitation (%s) its own message', (reason) => {
    const { message } = describeInvitationFailure(s.invitationErrors, reason);
    expect(message.trim()).not.toBe('');
    const others = INVITATION_REFUSALS.filter((r) => r !== reason).map(
      (r) => s.invitationErrors[r],
    );
    expect(others).not.toContain(message);
  });

  it('names every reason a hand-in is refused, and no other', () => {
    expect(Object.keys(s.handInErrors).sort()).toEqual([...SUBMISSION_FAILURES].sort());
  });

  it.each(SUBMISSION_FAILURES)('says what to do when a hand-in is refused (%s)', (reason) => {
    const { message, detail } = describeSubmissionFailure(s.handInErrors, {
      reason,
      detail: 'technical detail',
    });
    expect(message.trim()).not.toBe('');
    expect(detail).toBe('technical detail');
  });

  it('tells someone who pasted a submission code which code they need instead', () => {
    const { message } = describeInvitationFailure(s.invitationErrors, 'not-an-invitation');
    expect(message).toContain('CRMS1.');
    expect(message).toContain('CRMW1.');
  });

  it('keeps the technical detail only when there is one', () => {
    expect(describeInvitationFailure(s.invitationErrors, 'corrupt', 'cut short')).toEqual({
      message: s.invitationErrors.corrupt,
      detail: 'cut short',
    });
    expect(describeInvitationFailure(s.invitationErrors, 'empty')).toEqual({
      message: s.invitationErrors.empty,
    });
    expect(describeSubmissionFailure(s.handInErrors, { reason: 'duplicate', detail: '' })).toEqual({
      message: s.handInErrors.duplicate,
    });
  });
});

describe('join messages in both languages', () => {
  it('are translated, not copied', () => {
    for (const reason of INVITATION_REFUSALS)
      expect(es.join.invitationErrors[reason]).not.toBe(en.join.invitationErrors[reason]);
    for (const reason of SUBMISSION_FAILURES)
      expect(es.join.handInErrors[reason]).not.toBe(en.join.handInErrors[reason]);
  });
});

describe('what a participant pastes, read and described', () => {
  it.each<[string, () => string | Promise<string>, InvitationFailure]>([
    ['nothing', () => '   ', 'empty'],
    ['far too much', () => 'x'.repeat(MAX_TRANSFER_BYTES + 1), 'too-large'],
    [
      'a submission code (#7)',
      () => encodeSubmissionCode(makeSubmission(), tinyQuestionIds),
      'not-an-invitation',
    ],
    ['a code cut short', () => 'CRMW1.%%%', 'corrupt'],
    ['a code from a newer version', () => 'CRMW9.abc', 'newer-version'],
    ['JSON of another kind', () => '{"format":"something-else"}', 'not-an-invitation'],
  ])('refuses %s with its message', async (_what, makeInput, reason) => {
    const read = await tryParseInvitation(await makeInput());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toBe(reason);
    expect(describeInvitationFailure(en.join.invitationErrors, read.reason).message).toBe(
      en.join.invitationErrors[reason],
    );
  });

  it('reads a real invitation code', async () => {
    const invitation = buildInvitation(makeWorkshop(), BEN)!;
    const read = await tryParseInvitation(await encodeInvitationCode(invitation));
    expect(read).toEqual({ ok: true, invitation });
  });
});

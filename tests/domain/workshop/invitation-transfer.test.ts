import { describe, expect, it } from 'vitest';
import { buildInvitation, createWorkshop } from '~/domain/workshop/create-workshop';
import {
  INVITATION_FAILURES,
  decodeInvitationCode,
  encodeInvitationCode,
  serializeInvitationFile,
  tryParseInvitation,
  tryParseInvitationFile,
  type InvitationFailure,
} from '~/domain/workshop/invitation-transfer';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import type { Invitation } from '~/domain/workshop/workshop';
import {
  ANA,
  BEN,
  CARLA,
  WORKSHOP_ID,
  deepFreeze,
  idsOf,
  makeWorkshop,
} from './submission-helpers';

const now = new Date('2025-03-07T09:30:00.000Z');

describe('createWorkshop', () => {
  it('gives the workshop and each participant a fresh id, trims labels, starts empty', () => {
    const workshop = createWorkshop(
      {
        organization: '  Pérez & Hijos  ',
        date: ' 2025-05-06 ',
        facilitator: 'M'.repeat(200),
        contentVersion: 3,
        participants: [
          { name: ' Ana ', role: 'executive' },
          { name: 'Ben', role: 'other' },
        ],
      },
      now,
      idsOf('w', 'a', 'b'),
    );
    expect(workshop).toEqual({
      id: 'w',
      organization: 'Pérez & Hijos',
      date: '2025-05-06',
      facilitator: 'M'.repeat(120),
      contentVersion: 3,
      participants: [
        { id: 'a', name: 'Ana', role: 'executive' },
        { id: 'b', name: 'Ben', role: 'other' },
      ],
      submissions: [],
      agreed: {},
      showIndividual: false,
      consensusRule: 'range',
      createdAt: '2025-03-07T09:30:00.000Z',
      updatedAt: '2025-03-07T09:30:00.000Z',
    });
  });

  it('keeps the consensus rule the facilitator picked at setup (#18)', () => {
    const input = { organization: 'A', date: '2025-05-06', facilitator: '', contentVersion: 1 };
    const picked = createWorkshop(
      { ...input, participants: [], consensusRule: 'interquartile' },
      now,
    );
    expect(picked.consensusRule).toBe('interquartile');
  });

  it('uses random ids by default, all different', () => {
    const workshop = createWorkshop(
      {
        organization: 'A',
        date: '2025-05-06',
        facilitator: '',
        contentVersion: 1,
        participants: [
          { name: 'Ana', role: 'executive' },
          { name: 'Ben', role: 'sales' },
        ],
      },
      now,
    );
    const ids = [workshop.id, ...workshop.participants.map((p) => p.id)];
    expect(new Set(ids).size).toBe(3);
  });
});

describe('buildInvitation', () => {
  it('carries the workshop id, organization, content version and the participant', () => {
    expect(buildInvitation(deepFreeze(makeWorkshop()), BEN)).toEqual({
      workshopId: WORKSHOP_ID,
      organization: 'Pérez & Hijos, S.L.',
      contentVersion: 1,
      participant: { id: BEN, name: 'Ben', role: 'sales' },
    });
  });

  it('returns null for someone not invited', () => {
    expect(buildInvitation(makeWorkshop(), 'p-nobody')).toBeNull();
  });
});

const invitation = deepFreeze(buildInvitation(makeWorkshop(), CARLA) as Invitation);

describe('invitation codes and files', () => {
  it('round-trip: workshop → invitation → code → invitation', async () => {
    const code = await encodeInvitationCode(invitation);
    expect(code).toMatch(/^CRMW1\.[A-Za-z0-9_-]+$/);
    console.info(`invitation code: ${code.length} characters`);
    expect(code.length).toBeLessThan(250);
    expect(await decodeInvitationCode(code)).toEqual({ ok: true, invitation });
    expect(await tryParseInvitation(`  ${code}\n`)).toEqual({ ok: true, invitation });
  });

  it('round-trip: invitation → file → invitation', async () => {
    const text = serializeInvitationFile(invitation);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      format: 'crm-readiness/workshop-invitation',
      schemaVersion: 1,
      invitation,
    });
    expect(tryParseInvitationFile(text)).toEqual({ ok: true, invitation });
    expect(await tryParseInvitation(text)).toEqual({ ok: true, invitation });
  });

  it('read a code wrapped over several lines, even inside its prefix', async () => {
    const code = await encodeInvitationCode(invitation);
    const wrapped = code.match(/.{1,3}/g)?.join('\r\n') ?? '';
    expect(await tryParseInvitation(wrapped)).toEqual({ ok: true, invitation });
  });
});

/** An invitation file with one change made to its parsed object. */
function editedFile(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeInvitationFile(invitation)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('tryParseInvitation', () => {
  it.each<[string, InvitationFailure, () => Promise<string> | string]>([
    ['nothing', 'empty', () => ''],
    ['blank lines', 'empty', () => ' \n\t '],
    ['text over the byte cap', 'too-large', () => 'x'.repeat(MAX_TRANSFER_BYTES + 1)],
    ['a submission code', 'not-an-invitation', () => 'CRMS1.q1YqT'],
    ['a code of another kind', 'not-an-invitation', () => 'CRMX1.q1YqT'],
    [
      'a submission file',
      'not-an-invitation',
      () => editedFile((f) => (f['format'] = 'crm-readiness/workshop-submission')),
    ],
    [
      'an assessment file',
      'not-an-invitation',
      () => '{"format": "crm-readiness/assessment", "schemaVersion": 1}',
    ],
    ['another app’s JSON', 'not-an-invitation', () => '{"hello": "world"}'],
    ['a JSON array', 'not-an-invitation', () => '[1, 2]'],
    ['text that is neither code nor JSON', 'corrupt', () => 'Hello Carla, here is your invitation'],
    ['a cut-off file', 'corrupt', () => serializeInvitationFile(invitation).slice(0, 60)],
    ['a file without its participant', 'corrupt', () => editedFile((f) => delete f['invitation'])],
    [
      'a file with a bad role',
      'corrupt',
      () =>
        editedFile(
          (f) => ((f['invitation'] as { participant: { role: string } }).participant.role = 'ceo'),
        ),
    ],
    [
      'a file without schema version',
      'corrupt',
      () => editedFile((f) => delete f['schemaVersion']),
    ],
    [
      'a file from a newer version',
      'newer-version',
      () => editedFile((f) => (f['schemaVersion'] = 2)),
    ],
    [
      'a code from a newer version',
      'newer-version',
      async () => (await encodeInvitationCode(invitation)).replace('CRMW1.', 'CRMW2.'),
    ],
    [
      'a code with version 0',
      'corrupt',
      async () => (await encodeInvitationCode(invitation)).replace('CRMW1.', 'CRMW0.'),
    ],
    [
      'a code with version 01',
      'corrupt',
      async () => (await encodeInvitationCode(invitation)).replace('CRMW1.', 'CRMW01.'),
    ],
    ['a prefix alone', 'corrupt', () => 'CRMW1.'],
    ['a prefix without its dot', 'corrupt', () => 'CRMW1'],
    [
      'a cut-off code',
      'corrupt',
      async () => (await encodeInvitationCode(invitation)).slice(0, 40),
    ],
    ['a code with characters outside base64url', 'corrupt', () => 'CRMW1.ab+/cd'],
  ])('refuses %s as %s', async (_name, reason, makeInput) => {
    const result = await tryParseInvitation(await makeInput());
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok || result.detail.length > 0).toBe(true);
  });

  it('says what was pasted instead of an invitation', async () => {
    expect(await tryParseInvitation('CRMS1.abc')).toEqual({
      ok: false,
      reason: 'not-an-invitation',
      detail: 'This is a submission code, not a workshop invitation.',
    });
    expect(await tryParseInvitation('{"format": "crm-readiness/workshop"}')).toEqual({
      ok: false,
      reason: 'not-an-invitation',
      detail: 'This is the facilitator’s workshop file, not a workshop invitation.',
    });
  });

  it('names the wrong fields of a damaged file', () => {
    const text = editedFile(
      (f) => ((f['invitation'] as Record<string, unknown>)['contentVersion'] = 0),
    );
    expect(tryParseInvitationFile(text)).toEqual({
      ok: false,
      reason: 'corrupt',
      detail: 'invitation.contentVersion: too small (at least 1)',
    });
  });

  it('lists its failure reasons', () => {
    expect(INVITATION_FAILURES).toEqual([
      'empty',
      'too-large',
      'not-an-invitation',
      'corrupt',
      'newer-version',
    ]);
  });

  it('refuses a code whose participant has no id', async () => {
    const code = await encodeInvitationCode({
      ...invitation,
      participant: { ...invitation.participant, id: '' },
    });
    expect(await decodeInvitationCode(code)).toMatchObject({
      ok: false,
      reason: 'corrupt',
      detail: 'participant.id: too short (at least 1)',
    });
  });
});

describe('invitations for every participant', () => {
  it('differ only by participant', () => {
    const workshop = makeWorkshop();
    const invitations = [ANA, BEN, CARLA].map((id) => buildInvitation(workshop, id));
    expect(new Set(invitations.map((i) => i?.workshopId))).toEqual(new Set([WORKSHOP_ID]));
    expect(invitations.map((i) => i?.participant.name)).toEqual(['Ana', 'Ben', 'Carla']);
  });
});

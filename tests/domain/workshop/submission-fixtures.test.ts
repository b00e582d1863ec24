import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tryImportSubmission } from '~/domain/workshop/import-submission';
import { tryParseInvitation } from '~/domain/workshop/invitation-transfer';
import { decodeSubmissionCode } from '~/domain/workshop/submission-code';
import { tryParseSubmissionFile } from '~/domain/workshop/submission-file';
import { tryParseWorkshopFile } from '~/domain/workshop/workshop-backup';
import { realQuestionnaire } from '../assessment/real-content';
import { deepFreeze, importTime } from './submission-helpers';

/** Fixtures of every schema version ever released: tests/fixtures/workshop/v<N>/. */
const fixtureRoot = new URL('../../fixtures/workshop/', import.meta.url);
const versions = readdirSync(fixtureRoot).filter((name) => /^v\d+$/.test(name));

function readFixture(version: string, file: string): string {
  return readFileSync(new URL(`${version}/${file}`, fixtureRoot), 'utf8');
}

/** The real content, as importing sees it. */
const realContext = {
  questionIds: new Set(realQuestionnaire.questions.map((q) => q.id)),
  notApplicableAllowed: new Set(
    realQuestionnaire.questions.filter((q) => q.notApplicable).map((q) => q.id),
  ),
};

describe('workshop fixtures of every schema version', () => {
  it('include version 1', () => {
    expect(versions).toContain('v1');
  });

  it.each(versions)('%s/workshop.json reads as a consistent workshop', (version) => {
    const result = tryParseWorkshopFile(readFixture(version, 'workshop.json'));
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.workshop.submissions.length).toBeGreaterThan(0);
    expect(result.ok && Object.keys(result.workshop.agreed).length).toBeGreaterThan(0);
  });

  it.each(versions)(
    '%s/invitation.json and invitation-code.txt read as the same invitation',
    async (version) => {
      const fromFile = await tryParseInvitation(readFixture(version, 'invitation.json'));
      const fromCode = await tryParseInvitation(readFixture(version, 'invitation-code.txt'));
      expect(fromFile).toMatchObject({ ok: true });
      expect(fromCode).toEqual(fromFile);
    },
  );

  it.each(versions)('%s/submission-code.txt decodes to submission.json', async (version) => {
    const file = tryParseSubmissionFile(readFixture(version, 'submission.json'));
    if (!file.ok) throw new Error(file.detail);
    const code = readFixture(version, 'submission-code.txt');
    expect(await decodeSubmissionCode(code, Object.keys(file.submission.answers))).toEqual(file);
  });

  it.each(versions)(
    '%s/submission.json imports into workshop.json against the current content, unchanged',
    async (version) => {
      const read = tryParseWorkshopFile(readFixture(version, 'workshop.json'));
      if (!read.ok) throw new Error(read.detail);
      const workshop = deepFreeze(read.workshop);
      const invitation = await tryParseInvitation(readFixture(version, 'invitation.json'));
      const result = await tryImportSubmission(
        workshop,
        readFixture(version, 'submission.json'),
        realContext,
        importTime,
      );
      expect(result).toMatchObject({
        ok: true,
        droppedQuestionIds: [],
        clearedNotApplicableIds: [],
        replacedRole: null,
      });
      expect(result.ok && result.submission.participantId).toBe(
        invitation.ok && invitation.invitation.participant.id,
      );
      expect(result.ok && result.workshop.submissions).toHaveLength(
        workshop.submissions.length + 1,
      );
    },
  );
});

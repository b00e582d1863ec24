import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import type { UiStrings } from '~/i18n/types';
import {
  SUBMISSION_FAILURES,
  tryImportSubmission,
  type SubmissionFailure,
  type SubmissionImport,
} from '~/domain/workshop/import-submission';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import {
  describeFileFailure,
  describeImport,
  getDisplayName,
  type MessageContext,
} from '~/islands/workshops/import-messages';
import {
  ANA,
  makeSubmission,
  makeWorkshop,
  tinyContext,
} from '../../domain/workshop/submission-helpers';

const LANGS = [
  ['en', en],
  ['es', es],
] as const satisfies readonly (readonly [string, UiStrings])[];

const workshop = makeWorkshop();

function contextOf(lang: string, strings: UiStrings): MessageContext {
  return { strings: strings.workshop, roleNames: strings.roles, workshop, lang };
}

/** A refusal of each reason, as the import path returns it. */
function refusalOf(reason: SubmissionFailure): SubmissionImport {
  if (reason !== 'duplicate') return { ok: false, reason, detail: `detail of ${reason}` };
  return {
    ok: false,
    reason,
    detail: 'Ana already handed in answers.',
    submission: makeSubmission({ submittedAt: '2025-05-06T11:00:00.000Z' }),
    previous: makeSubmission(),
    droppedQuestionIds: [],
    clearedNotApplicableIds: [],
    replacedRole: null,
  };
}

describe.each(LANGS)('import messages in %s', (lang, strings) => {
  const context = contextOf(lang, strings);
  const messages = SUBMISSION_FAILURES.map((reason) => describeImport(refusalOf(reason), context));

  it.each(SUBMISSION_FAILURES.map((reason, i) => [reason, messages[i]!] as const))(
    'explains a %s refusal with every placeholder filled',
    (reason, outcome) => {
      expect(outcome.tone).toBe(reason === 'duplicate' ? 'warning' : 'danger');
      for (const line of outcome.lines) {
        expect(line.trim()).not.toBe('');
        expect(line, line).not.toMatch(/\{[\w-]+\}/);
      }
    },
  );

  it('gives every reason its own message', () => {
    const firsts = messages.map((m) => m.lines[0]);
    expect(new Set(firsts).size).toBe(SUBMISSION_FAILURES.length);
  });

  it('says that nothing changed after every refusal but a duplicate, which asks instead', () => {
    for (const [i, reason] of SUBMISSION_FAILURES.entries()) {
      const outcome = messages[i]!;
      if (reason === 'duplicate') expect(outcome.duplicate).toBeDefined();
      else expect(outcome.lines.at(-1)).toBe(strings.workshop.importRefused);
    }
  });

  it('names this workshop when the answers belong to another one, and says what to do', () => {
    const text = describeImport(refusalOf('other-workshop'), context).lines[0]!;
    expect(text).toContain(workshop.organization);
    expect(text).toContain(
      lang === 'en' ? 'use the invitation for this workshop' : 'la invitación de este taller',
    );
  });

  it('names the participant and both dates on a duplicate', () => {
    const outcome = describeImport(refusalOf('duplicate'), context);
    expect(outcome.lines[0]).toContain('Ana');
    expect(outcome.lines[0]).toContain('2025');
  });

  it('reports whose answers were added, and what was dropped, cleared or kept', async () => {
    const text = serializeSubmissionFile(
      makeSubmission({
        role: 'finance',
        answers: { 'q-plain': 2, 'q-crit': 'not-applicable', 'q-gone': 1 },
      }),
    );
    const result = await tryImportSubmission(workshop, text, tinyContext, new Date());
    expect(result.ok).toBe(true);
    const lines = describeImport(result, context).lines;
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('Ana');
    expect(lines[0]).toContain(strings.roles.executive);
    expect(lines[1]).toContain('1');
    expect(lines[2]).toContain('1');
    expect(lines[3]).toContain(strings.roles.finance);
    for (const line of lines) expect(line).not.toMatch(/\{[\w-]+\}/);
  });

  it.each(['too-large', 'read-failed'] as const)('refuses an unreadable file (%s)', (reason) => {
    const outcome = describeFileFailure(reason, strings.workshop);
    expect(outcome.tone).toBe('danger');
    expect(outcome.lines).toEqual([expect.any(String), strings.workshop.importRefused]);
  });
});

describe('getDisplayName', () => {
  it.each([
    ['Ana', 'Ana'],
    ['  ', en.workshop.unnamed],
  ])('shows %j as %j', (name, shown) => {
    expect(getDisplayName({ name }, en.workshop)).toBe(shown);
  });

  it('shows a participant who is gone as unnamed', () => {
    expect(getDisplayName(undefined, es.workshop)).toBe(es.workshop.unnamed);
  });
});

describe('a duplicate found by the real import path', () => {
  it('carries the newer submission for "Keep the newer answers"', async () => {
    const first = makeSubmission();
    const withAna = { ...workshop, submissions: [first] };
    const text = serializeSubmissionFile(
      makeSubmission({ submittedAt: '2025-05-07T08:00:00.000Z' }),
    );
    const result = await tryImportSubmission(withAna, text, tinyContext, new Date());
    const outcome = describeImport(result, contextOf('en', en));
    expect(outcome.duplicate?.participantId).toBe(ANA);
    expect(outcome.duplicate?.submittedAt).toBe('2025-05-07T08:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { findAlignmentSection, getAlignmentSection } from '~/islands/results/alignment-report';
import type { WizardDimension, WizardQuestion } from '~/islands/types';
import type { Submission, Workshop } from '~/domain/workshop/workshop';
import type { AnswerValue } from '~/domain/scoring/model';
import { en } from '~/i18n/en';

const question = (id: string, prompt: string): WizardQuestion => ({
  id,
  dimensionId: 'strategy',
  phase: 'analysis',
  weight: 2,
  critical: false,
  notApplicable: false,
  prompt,
  why: '',
  levels: ['0', '1', '2', '3', '4'],
});

const dimensions: WizardDimension[] = [
  {
    id: 'strategy',
    title: 'Strategy',
    summary: '',
    weight: 3,
    phases: ['analysis'],
    questions: [question('vision', 'Is there a CRM vision?'), question('sponsor', 'A sponsor?')],
  },
];

const submission = (
  participantId: string,
  vision: AnswerValue,
  submittedAt: string,
): Submission => ({
  workshopId: 'w-1',
  contentVersion: 1,
  participantId,
  role: 'executive',
  answers: { vision, sponsor: 2 },
  submittedAt,
});

const workshop: Workshop = {
  id: 'w-1',
  organization: 'Acme',
  date: '2025-05-06',
  facilitator: 'Marta Ruiz',
  contentVersion: 1,
  participants: [
    { id: 'p-ana', name: 'Ana Beltrán', role: 'executive' },
    { id: 'p-ben', name: 'Ben Ortiz', role: 'executive' },
  ],
  // Ana handed in twice (the later counts), and someone since removed from the list once.
  submissions: [
    submission('p-ana', 0, '2025-05-06T09:00:00Z'),
    submission('p-ana', 1, '2025-05-06T10:00:00Z'),
    submission('p-ben', 4, '2025-05-06T10:00:00Z'),
    submission('p-gone', 3, '2025-05-06T10:00:00Z'),
  ],
  agreed: { vision: { value: 3, note: 'Signed off in June.' } },
  showIndividual: true,
  assessmentId: 'a-1',
  createdAt: '2025-05-01T09:00:00Z',
  updatedAt: '2025-05-06T11:00:00Z',
};

const strings = { report: en.report, roleNames: en.roles };

describe('getAlignmentSection', () => {
  const section = getAlignmentSection(workshop, dimensions, strings, 'en');
  const dump = JSON.stringify(section);

  it('counts each participant once, and everyone who handed in among those invited', () => {
    expect(dump).toContain('Participants who handed in their answers: 3 of 3 invited.');
    expect(dump).toContain('Roles represented: Executive (3).');
  });

  it('uses the latest submission of a participant', () => {
    const table = section.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]?.slice(1, 4)).toEqual([
      'Is there a CRM vision?',
      'Strategy',
      '1–4',
    ]);
  });

  it('names nobody, facilitator included, even when the facilitator shows individual answers', () => {
    for (const name of ['Ana', 'Ben', 'Marta']) expect(dump).not.toContain(name);
  });

  it('shows the agreed answer with its note', () => {
    expect(dump).toContain('Level 3\\nNote: Signed off in June.');
  });
});

describe('findAlignmentSection', () => {
  it('is null for an assessment no workshop consolidated into', () => {
    expect(findAlignmentSection('a-unknown', dimensions, strings, 'en')).toBeNull();
  });
});

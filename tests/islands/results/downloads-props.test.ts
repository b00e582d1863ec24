import { describe, expect, it } from 'vitest';
import { toDownloadsProps, withQuestionDetails } from '~/islands/results/downloads-props';
import type { LeanDimension, QuestionDetails, ResultsDownloadsData } from '~/islands/types';
import type { Assessment } from '~/domain/assessment/assessment';

const lean: LeanDimension[] = [
  {
    id: 'strategy',
    title: 'Strategy',
    summary: '',
    weight: 3,
    phases: ['analysis'],
    questions: [
      {
        id: 'vision',
        dimensionId: 'strategy',
        phase: 'analysis',
        weight: 2,
        critical: false,
        notApplicable: false,
        prompt: 'Is there a CRM vision?',
      },
      {
        id: 'new-question',
        dimensionId: 'strategy',
        phase: 'analysis',
        weight: 1,
        critical: false,
        notApplicable: false,
        prompt: 'Added after the data was fetched?',
      },
    ],
  },
];

const details: QuestionDetails = {
  vision: {
    why: 'Because.',
    levels: ['none', 'some', 'half', 'most', 'all'],
    smallLevels: [null, 'some, for a small firm', null, null, null],
  },
};

const assessmentOf = (size: string) =>
  ({ profile: { 'company-size': size } }) as unknown as Assessment;

describe('the downloads put back what the first load left out', () => {
  it('gives each question its level wording and why, and none to a question without', () => {
    const [dimension] = withQuestionDetails(lean, details);
    expect(dimension?.questions[0]).toMatchObject({
      prompt: 'Is there a CRM vision?',
      why: 'Because.',
    });
    expect(dimension?.questions[0]?.levels).toEqual(['none', 'some', 'half', 'most', 'all']);
    expect(dimension?.questions[1]).toMatchObject({ why: '', levels: [] });
  });

  it.each([
    ['small', 'some, for a small firm'],
    ['large', 'some'],
  ])('sizes the levels to a %s organization, and adds the downloads words', (size, level1) => {
    const data = {
      questionDetails: details,
      workbookStrings: { sheet: 'x' },
    } as unknown as ResultsDownloadsData;
    const props = toDownloadsProps(
      { dimensions: lean, assessment: assessmentOf(size), downloadsDataPath: '/d.json' } as never,
      data,
    );
    expect(props.dimensions[0]?.questions[0]?.levels[1]).toBe(level1);
    expect(props.workbookStrings).toEqual({ sheet: 'x' });
    expect(props).not.toHaveProperty('questionDetails');
  });
});

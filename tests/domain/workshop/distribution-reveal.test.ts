import { describe, expect, it } from 'vitest';
import { isDistributionHidden } from '~/domain/workshop/distribution-reveal';
import { ANA, BEN, CARLA, makeSubmission, makeWorkshop } from './submission-helpers';

const everyone = [ANA, BEN, CARLA].map((participantId) => makeSubmission({ participantId }));

describe('hiding the live distribution until everyone has handed in (#18)', () => {
  it.each([
    ['not asked for', undefined, everyone.slice(0, 1), false],
    ['asked for, someone still answering', true, everyone.slice(0, 2), true],
    ['asked for, everyone handed in', true, everyone, false],
    ['revealed by the facilitator', false, everyone.slice(0, 1), false],
  ] as const)('%s → hidden: %s', (_case, hideDistribution, submissions, hidden) => {
    const workshop = makeWorkshop({ hideDistribution, submissions: [...submissions] });
    expect(isDistributionHidden(workshop)).toBe(hidden);
  });
});

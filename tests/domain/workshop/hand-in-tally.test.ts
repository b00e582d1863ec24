/** The projector's tally of who has handed in, by role and without names (#18). */
import { describe, expect, it } from 'vitest';
import { tallyHandIns } from '~/domain/workshop/hand-in-tally';
import type { Participant, RoleId, Submission, Workshop } from '~/domain/workshop/workshop';
import { makeSubmission, makeWorkshop } from './submission-helpers';

function workshopOf(roles: readonly RoleId[], handedIn: readonly number[]): Workshop {
  const participants: Participant[] = roles.map((role, i) => ({
    id: `p${i}`,
    name: `P${i}`,
    role,
  }));
  const submissions: Submission[] = handedIn.map((i) =>
    makeSubmission({ participantId: `p${i}`, role: roles[i]! }),
  );
  return makeWorkshop({ participants, submissions });
}

describe('tallyHandIns', () => {
  it('counts handed in against invited, per role of three or more, pooling the rest', () => {
    const roles: RoleId[] = [
      'executive',
      'sales',
      'sales',
      'executive',
      'it',
      'executive',
      'sales',
      'sales',
    ];
    expect(tallyHandIns(workshopOf(roles, [0, 1, 2, 4, 5, 6]))).toEqual({
      handedIn: 6,
      invited: 8,
      roles: [
        { role: 'sales', handedIn: 3, invited: 4 },
        { role: 'executive', handedIn: 2, invited: 3 },
      ],
      others: { handedIn: 1, invited: 1 },
    });
  });

  it('orders roles of equal size by id, and has no pool when every role is large enough', () => {
    const roles: RoleId[] = ['sales', 'executive', 'sales', 'executive', 'sales', 'executive'];
    const tally = tallyHandIns(workshopOf(roles, []));
    expect(tally.roles.map((r) => r.role)).toEqual(['executive', 'sales']);
    expect(tally.others).toBeNull();
    expect(tally.handedIn).toBe(0);
  });

  it('does not count answers from someone no longer invited', () => {
    const workshop = workshopOf(['it'], [0]);
    const stray = makeSubmission({ participantId: 'gone' });
    expect(tallyHandIns({ ...workshop, submissions: [...workshop.submissions, stray] })).toEqual({
      handedIn: 1,
      invited: 1,
      roles: [],
      others: { handedIn: 1, invited: 1 },
    });
    expect(tallyHandIns(makeWorkshop({ participants: [] }))).toEqual({
      handedIn: 0,
      invited: 0,
      roles: [],
      others: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  MIN_GROUP_SIZE,
  getDistinctSubmissions,
  getExecutiveSplit,
  getRoleGroups,
} from '~/domain/workshop/role-groups';
import type { RoleId, Submission } from '~/domain/workshop/workshop';

/** A submission with only what grouping reads. */
function submission(
  participantId: string,
  role: RoleId,
  submittedAt = '2025-03-01T09:00:00Z',
): Submission {
  return { workshopId: 'w', contentVersion: 1, participantId, role, answers: {}, submittedAt };
}

/** A team from a compact description: { executive: 3, sales: 1 } → four submissions. */
function team(sizes: Partial<Record<RoleId, number>>): Submission[] {
  return Object.entries(sizes).flatMap(([role, size]) =>
    Array.from({ length: size }, (_, i) => submission(`${role}-${i}`, role as RoleId)),
  );
}

/** The groups as "role+role:size", pooled groups marked with a star. */
function describeGroups(submissions: readonly Submission[]): string[] {
  return getRoleGroups(submissions).map(
    (g) => `${g.pooled ? '*' : ''}${g.roles.join('+')}:${g.submissions.length}`,
  );
}

describe('getRoleGroups: no group under three people, and no subtraction exposing one', () => {
  it('reports at least three people per group', () => {
    expect(MIN_GROUP_SIZE).toBe(3);
  });

  it.each<[string, Partial<Record<RoleId, number>>, string[]]>([
    [
      'breaks out every role of three or more',
      { executive: 3, sales: 4, it: 3 },
      ['executive:3', 'sales:4', 'it:3'],
    ],
    [
      'pools small roles when together they reach three',
      { executive: 4, sales: 2, it: 1 },
      ['executive:4', '*sales+it:3'],
    ],
    [
      'pools a small remainder with the smallest other role',
      { executive: 4, sales: 5, marketing: 3, it: 1 },
      ['executive:4', 'sales:5', '*marketing+it:4'],
    ],
    [
      'pools executives last, to keep the comparison',
      { executive: 3, sales: 5, it: 1 },
      ['executive:3', '*sales+it:6'],
    ],
    [
      'among equally small roles, pools the later one',
      { executive: 3, sales: 3, service: 3, it: 2 },
      ['executive:3', 'sales:3', '*service+it:5'],
    ],
    ['has no breakdown when the remainder cannot be hidden', { executive: 4, sales: 2 }, []],
    ['has no breakdown when everybody shares one role', { sales: 6 }, []],
    ['has no breakdown when every role is small', { executive: 2, sales: 2, it: 2 }, []],
    ['has no breakdown for a team under three', { executive: 1, sales: 1 }, []],
    ['has no breakdown without submissions', {}, []],
    [
      'breaks out the role "other" like any role',
      { executive: 3, other: 3 },
      ['executive:3', 'other:3'],
    ],
  ])('%s: %j', (_name, sizes, expected) => {
    expect(describeGroups(team(sizes))).toEqual(expected);
  });

  it('counts a role it does not know as "other", so that nobody falls outside the groups', () => {
    const stranger = submission('stranger', 'ceo' as RoleId);
    const submissions = [...team({ executive: 3, other: 2 }), stranger];
    expect(describeGroups(submissions)).toEqual(['executive:3', 'other:3']);
    expect(getRoleGroups(submissions)[1]!.submissions).toContain(stranger);
  });

  it('lists groups in role order, whatever the order of the submissions', () => {
    const submissions = team({ it: 3, executive: 3, sales: 3 });
    expect(describeGroups(submissions)).toEqual(['executive:3', 'sales:3', 'it:3']);
    expect(describeGroups([...submissions].reverse())).toEqual(['executive:3', 'sales:3', 'it:3']);
  });
});

describe('getExecutiveSplit', () => {
  it.each<[string, Partial<Record<RoleId, number>>, [number, number] | null]>([
    ['compares executives with everyone else', { executive: 3, sales: 2, it: 2 }, [3, 4]],
    ['compares when every other role is broken out', { executive: 4, sales: 3, it: 3 }, [4, 6]],
    ['does not compare fewer than three executives', { executive: 2, sales: 4, it: 3 }, null],
    ['does not compare when executives are pooled', { executive: 4, sales: 2 }, null],
    ['does not compare without anyone else', { executive: 5 }, null],
  ])('%s: %j', (_name, sizes, expected) => {
    const split = getExecutiveSplit(getRoleGroups(team(sizes)));
    expect(split === null ? null : [split.executives.length, split.others.length]).toEqual(
      expected,
    );
  });
});

describe('getDistinctSubmissions', () => {
  it('keeps one submission per participant, the latest', () => {
    const early = submission('p1', 'sales', '2025-03-01T09:00:00Z');
    const late = submission('p1', 'sales', '2025-03-01T10:00:00Z');
    const other = submission('p2', 'it');
    expect(getDistinctSubmissions([late, other, early])).toEqual([late, other]);
    expect(getDistinctSubmissions([early, other, late])).toEqual([late, other]);
  });

  it('keeps the first of two submitted at the same moment', () => {
    const first = submission('p1', 'sales');
    const second = submission('p1', 'it');
    expect(getDistinctSubmissions([first, second])).toEqual([first]);
  });

  it('does not let a duplicate make a group of two look like three', () => {
    const submissions = [
      ...team({ executive: 3, sales: 2 }),
      submission('sales-0', 'sales', '2025-03-02T09:00:00Z'),
    ];
    expect(describeGroups(getDistinctSubmissions(submissions))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compareFocus,
  getBlockersClosed,
  groupInitiatives,
  type FocusCandidate,
} from '~/domain/roadmap/plan-focus';
import type { ScoringModel } from '~/domain/scoring/model';

const model: ScoringModel = {
  dimensions: [{ id: 'd', weight: 1 }],
  questions: ['gate', 'other'].map((id) => ({
    id,
    dimensionId: 'd',
    phase: 'analysis' as const,
    weight: 1,
    critical: id === 'gate',
    notApplicable: false,
  })),
};

/** A triggered candidate with defaults: priority 0, medium ratings, no blockers or dependencies. */
function candidate(id: string, overrides: Partial<FocusCandidate> = {}): FocusCandidate {
  return {
    id,
    priority: 0,
    impact: 'medium',
    effort: 'medium',
    triggeredBy: ['other'],
    blockers: [],
    spine: false,
    dependsOn: [],
    ...overrides,
  };
}

describe('getBlockersClosed', () => {
  it.each<[string, Record<string, 0 | 1 | 2 | 'dont-know'>, string[]]>([
    ['a critical question at level 1 is a blocker', { gate: 1, other: 0 }, ['gate']],
    ['at level 0 too', { gate: 0 }, ['gate']],
    ['at level 2 it is not', { gate: 2 }, []],
    ['"don\'t know" is open, not a blocker', { gate: 'dont-know' }, []],
  ])('%s', (_name, answers, expected) => {
    expect(getBlockersClosed(['gate', 'other'], model, answers)).toEqual(expected);
  });
});

describe('compareFocus', () => {
  it('puts the one closing more blockers first, then the higher weighted gap', () => {
    const list = [
      candidate('gap', { priority: 500 }),
      candidate('blocker', { priority: 1, blockers: ['gate'] }),
      candidate('small', { priority: 10 }),
    ];
    expect([...list].sort(compareFocus).map((c) => c.id)).toEqual(['blocker', 'gap', 'small']);
  });
});

describe('groupInitiatives', () => {
  it('keeps the top ones, the spine and all they need in the plan, and the rest for later', () => {
    const placements = groupInitiatives(
      [
        candidate('spine', { spine: true, triggeredBy: [], dependsOn: ['prep'] }),
        candidate('prep', { priority: 1 }),
        candidate('top', { priority: 90, dependsOn: ['base'] }),
        candidate('base', { priority: 2 }),
        candidate('second', { priority: 80 }),
        candidate('rest', { priority: 3 }),
        candidate('untriggered', { triggeredBy: [] }),
      ],
      2,
    );
    expect(Object.fromEntries(placements)).toEqual({
      spine: { group: 'plan', focusRank: null },
      prep: { group: 'plan', focusRank: null },
      top: { group: 'plan', focusRank: 1 },
      base: { group: 'plan', focusRank: null },
      second: { group: 'plan', focusRank: 2 },
      rest: { group: 'later', focusRank: null },
      untriggered: { group: 'later', focusRank: null },
    });
  });

  it('treats a negative size as none and ignores dependencies on unknown ids', () => {
    const placements = groupInitiatives([candidate('a', { dependsOn: ['ghost'] })], -1);
    expect(placements.get('a')).toEqual({ group: 'later', focusRank: null });
    const kept = groupInitiatives([candidate('a', { dependsOn: ['ghost'] })], 1);
    expect(kept.get('a')).toEqual({ group: 'plan', focusRank: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { getMilestones, type MilestoneSource } from '~/domain/roadmap/milestones';
import { applyRoadmapEdits, NO_ROADMAP_EDITS } from '~/domain/roadmap/apply-edits';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import { initiative, input } from './helpers';

describe('getMilestones', () => {
  it('puts one milestone at the end of each item and a phase gate at the end of each phase', () => {
    const source: MilestoneSource = {
      items: [
        { id: 'a2', phase: 'analysis', end: 3 },
        { id: 'a1', phase: 'analysis', end: 5 },
        { id: 'cm', phase: 'analysis', end: 6 },
        { id: 'x', phase: 'action', end: 5 },
        { id: 'd', phase: 'diagnosis', end: 5 },
      ],
    };
    expect(getMilestones(source)).toEqual([
      { kind: 'item', id: 'a2', phase: 'analysis', week: 3 },
      { kind: 'item', id: 'a1', phase: 'analysis', week: 5 },
      { kind: 'item', id: 'd', phase: 'diagnosis', week: 5 },
      { kind: 'item', id: 'x', phase: 'action', week: 5 },
      { kind: 'phase-gate', phase: 'diagnosis', week: 5 },
      { kind: 'phase-gate', phase: 'action', week: 5 },
      { kind: 'item', id: 'cm', phase: 'analysis', week: 6 },
      { kind: 'phase-gate', phase: 'analysis', week: 6 },
    ]);
  });

  it.each<[string, MilestoneSource['items'], number]>([
    ['has none for an empty plan', [], 0],
    ['has no gate for a phase without items', [{ id: 'a', phase: 'analysis', end: 2 }], 2],
  ])('%s', (_name, items, count) => {
    expect(getMilestones({ items })).toHaveLength(count);
  });

  it('orders items of the same week and phase by id', () => {
    const items = [
      { id: 'b', phase: 'analysis', end: 1 },
      { id: 'a', phase: 'analysis', end: 1 },
    ] as const;
    expect(getMilestones({ items }).map((m) => (m.kind === 'item' ? m.id : m.kind))).toEqual([
      'a',
      'b',
      'phase-gate',
    ]);
  });

  it('reads a generated roadmap and an edited one alike', () => {
    const roadmap = buildRoadmap(input([initiative('a', { weeks: 2 })]));
    const edited = applyRoadmapEdits(roadmap, { ...NO_ROADMAP_EDITS, startWeeks: { a: 3 } });
    expect(getMilestones(roadmap).map((m) => m.week)).toEqual([2, 2]);
    expect(getMilestones(edited).map((m) => m.week)).toEqual([5, 5]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_START_WEEK,
  NO_ROADMAP_EDITS,
  applyRoadmapEdits,
  findConflicts,
  isValidStartWeek,
  type RoadmapEdits,
} from '~/domain/roadmap/apply-edits';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import { initiative, input } from './helpers';

/** a (0–4) → b (4–6) → c (6–7), and d (0–3) on its own. */
const roadmap = buildRoadmap(
  input([
    initiative('a'),
    initiative('b', { weeks: 2, dependsOn: ['a'] }),
    initiative('c', { weeks: 1, dependsOn: ['b'] }),
    initiative('d', { weeks: 3 }),
  ]),
);

function edit(edits: Partial<RoadmapEdits>) {
  return applyRoadmapEdits(roadmap, { ...NO_ROADMAP_EDITS, ...edits });
}

const timing = (edited: ReturnType<typeof edit>) =>
  edited.items.map(({ id, start, end }) => `${id} ${start}–${end}`);

describe('applyRoadmapEdits', () => {
  it('changes nothing but adds empty edit fields when there are no edits', () => {
    const edited = edit({});
    expect(timing(edited)).toEqual(['a 0–4', 'd 0–3', 'b 4–6', 'c 6–7']);
    expect(edited.conflicts).toEqual([]);
    expect(edited.excluded).toEqual([]);
    expect(edited.totalWeeks).toBe(7);
    expect(edited.items[0]).toMatchObject({
      owner: null,
      startOverridden: false,
      excludedDependencies: [],
    });
  });

  it('removes excluded items without moving those that depended on them, noting the dependency', () => {
    const edited = edit({ excluded: ['b', 'not-in-plan'] });
    expect(timing(edited)).toEqual(['a 0–4', 'd 0–3', 'c 6–7']);
    expect(edited.excluded).toEqual(['b']);
    expect(edited.items.find((i) => i.id === 'c')).toMatchObject({
      dependsOn: [],
      excludedDependencies: ['b'],
    });
    expect(edited.conflicts).toEqual([]);
  });

  it('recomputes the total weeks from what is left', () => {
    expect(edit({ excluded: ['c'] }).totalWeeks).toBe(6);
    expect(edit({ excluded: ['a', 'b', 'c', 'd'] }).totalWeeks).toBe(0);
  });

  it('applies a start-week override, keeping the duration, and reorders by start', () => {
    const edited = edit({ startWeeks: { d: 10 } });
    expect(timing(edited)).toEqual(['a 0–4', 'b 4–6', 'c 6–7', 'd 10–13']);
    expect(edited.items.find((i) => i.id === 'd')?.startOverridden).toBe(true);
    expect(edited.totalWeeks).toBe(13);
  });

  it.each<[string, Record<string, number>, string[]]>([
    ['b before a ends', { b: 2 }, ['b ← a']],
    ['c before b ends', { c: 5 }, ['c ← b']],
    ['a later pushes b into conflict', { a: 3 }, ['b ← a']],
  ])('flags, never moves, a start before a dependency ends: %s', (_name, startWeeks, conflicts) => {
    const edited = edit({ startWeeks });
    expect(edited.conflicts.map((c) => `${c.id} ← ${c.dependencyId}`)).toEqual(conflicts);
    expect(edited.conflicts.every((c) => c.kind === 'starts-before-dependency-ends')).toBe(true);
    for (const [id, week] of Object.entries(startWeeks)) {
      expect(edited.items.find((i) => i.id === id)?.start).toBe(week);
    }
  });

  it('does not flag a start exactly when the dependency ends', () => {
    expect(edit({ startWeeks: { a: 1, b: 5, c: 7 } }).conflicts).toEqual([]);
  });

  it.each<[string, number]>([
    ['a negative week', -1],
    ['a fraction', 2.5],
    ['beyond ten years', MAX_START_WEEK + 1],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a string', '3' as unknown as number],
  ])('ignores an invalid override: %s', (_name, value) => {
    const edited = edit({ startWeeks: { d: value } });
    expect(edited.items.find((i) => i.id === 'd')).toMatchObject({
      start: 0,
      startOverridden: false,
    });
  });

  it.each<[unknown, boolean]>([
    [0, true],
    [MAX_START_WEEK, true],
    [MAX_START_WEEK + 1, false],
    [-1, false],
    [1.5, false],
    [null, false],
  ])('isValidStartWeek(%s) is %s', (value, valid) => {
    expect(isValidStartWeek(value)).toBe(valid);
  });

  it.each<[string, unknown, string | null]>([
    ['a name', 'Sales director', 'Sales director'],
    ['a name with spaces around it, trimmed', '  Ana  ', 'Ana'],
    ['a blank name, ignored', '   ', null],
    ['something that is not a string, ignored', 42, null],
  ])('names an owner: %s', (_name, owner, expected) => {
    const edited = edit({ owners: { a: owner as string } });
    expect(edited.items.find((i) => i.id === 'a')?.owner).toBe(expected);
  });

  it('reads only the edits own keys, so an id like "constructor" has no inherited override', () => {
    const special = buildRoadmap(input([initiative('constructor')]));
    const edited = applyRoadmapEdits(special, NO_ROADMAP_EDITS);
    expect(edited.items[0]).toMatchObject({ start: 0, owner: null, startOverridden: false });
  });

  it('leaves the generated roadmap untouched', () => {
    const before = structuredClone(roadmap);
    edit({ excluded: ['a'], startWeeks: { b: 9 }, owners: { c: 'X' } });
    expect(roadmap).toEqual(before);
  });
});

describe('findConflicts', () => {
  it('ignores a dependency that is not in the plan', () => {
    expect(findConflicts([{ id: 'x', start: 0, end: 1, dependsOn: ['gone'] }])).toEqual([]);
  });
});

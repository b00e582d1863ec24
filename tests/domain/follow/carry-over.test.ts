import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, InitiativeStatus } from '~/domain/assessment/assessment';
import { carryOver, getCarriedIds, getOrganizationId } from '~/domain/follow/carry-over';
import { makeAssessment } from '../assessment/helpers';
import { SLOW_TEST_MS } from '../../slow-test';

const NOW = new Date('2027-07-01T09:00:00.000Z');

const EARLIER: Assessment = makeAssessment({
  id: 'run-1',
  mode: 'quick',
  plan: {
    ambition: 'leading',
    targets: { strategy: 80 },
    channelOrder: ['internet'],
    planStart: '2027-01-04',
    excluded: ['gone'],
    startWeeks: { design: 3 },
    owners: { design: 'Dirección comercial', sponsor: 'Gerencia' },
    kpis: { adoption: { baselineValue: 40, targetValue: 80 } },
    decision: { weights: { fit: 3 }, scores: {}, tco: { figures: {} } },
    progress: {
      sponsor: { status: 'done', actualFinish: '2027-02-01' },
      design: { status: 'in-progress', actualStart: '2027-02-01', note: 'Half way.' },
      train: { status: 'dropped', reason: 'Bought a course.' },
    },
    measurements: { adoption: [{ date: '2027-03-01', value: 50 }] },
  },
});

describe('carryOver', () => {
  const next = carryOver({
    earlier: EARLIER,
    planIds: ['sponsor', 'design', 'train', 'build'],
    name: 'Autumn review',
    contentVersion: 2,
    now: NOW,
    id: 'run-2',
  });

  it('starts a new run of the same organization, profile kept and answers empty', () => {
    expect(next).toMatchObject({
      id: 'run-2',
      name: 'Autumn review',
      organization: EARLIER.organization,
      assessor: EARLIER.assessor,
      contentVersion: 2,
      mode: 'quick',
      profile: EARLIER.profile,
      answers: {},
      notes: {},
      organizationId: 'run-1',
      previousId: 'run-1',
      createdAt: NOW.toISOString(),
    });
  });

  it('carries the unfinished initiatives with status, owner, KPI figures and measurements', () => {
    expect(next.plan).toEqual({
      ambition: 'leading',
      targets: { strategy: 80 },
      compareWith: 'run-1',
      channelOrder: ['internet'],
      decision: EARLIER.plan?.decision,
      excluded: [],
      startWeeks: {},
      owners: { design: 'Dirección comercial' },
      kpis: { adoption: { baselineValue: 40, targetValue: 80 } },
      progress: {
        design: { status: 'in-progress', actualStart: '2027-02-01', note: 'Half way.' },
      },
      measurements: { adoption: [{ date: '2027-03-01', value: 50 }] },
      carriedOver: ['design', 'build'],
    });
  });

  it('keeps the organization link of a later run, and works from a run without a plan', () => {
    const later = carryOver({
      earlier: makeAssessment({ id: 'run-3', organizationId: 'org-1' }),
      planIds: ['a', 'a'],
      name: 'x',
      contentVersion: 1,
      now: NOW,
    });
    expect(later.organizationId).toBe('org-1');
    expect(later.plan?.carriedOver).toEqual(['a']);
    expect(later.plan?.progress).toEqual({});
    expect(later.plan?.measurements).toEqual({});
    expect(later.plan).not.toHaveProperty('channelOrder');
    expect(later.id).not.toBe('run-3');
  });

  it('reads the organization of a first run as its own id', () => {
    expect(getOrganizationId({ id: 'a' })).toBe('a');
    expect(getOrganizationId({ id: 'a', organizationId: 'o' })).toBe('o');
  });

  it(
    'never duplicates nor loses an unfinished initiative (#16)',
    () => {
      const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'constructor', '__proto__');
      const status = fc.constantFrom<InitiativeStatus>(
        'not-started',
        'in-progress',
        'done',
        'dropped',
      );
      fc.assert(
        fc.property(fc.array(ids), fc.dictionary(ids, status), (planIds, statuses) => {
          const progress = Object.fromEntries(
            Object.entries(statuses).map(([id, s]) => [
              id,
              s === 'dropped' ? { status: s, reason: 'r' } : { status: s },
            ]),
          );
          const carried = getCarriedIds(planIds, progress);
          expect(new Set(carried).size).toBe(carried.length);
          for (const id of planIds) {
            const closed =
              Object.hasOwn(progress, id) &&
              (['done', 'dropped'] as string[]).includes(statuses[id] ?? '');
            expect(carried.includes(id)).toBe(!closed);
          }
          expect(carried.every((id) => (planIds as string[]).includes(id))).toBe(true);
        }),
      );
    },
    SLOW_TEST_MS,
  );
});

import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, type Assessment, type AssessmentPlan } from '~/domain/assessment/assessment';
import { buildRoadmapView, isChannel, type RoadmapContent } from '~/domain/roadmap-view';
import type { InitiativeText } from '~/domain/roadmap/roadmap-document';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { makeAssessment } from '../assessment/helpers';
import { initiative, model } from '../roadmap/helpers';

/** Words for an initiative: its title is its id in capitals. */
function text(id: string): InitiativeText {
  return {
    title: id.toUpperCase(),
    description: `About ${id}`,
    owner: `Owner of ${id}`,
    milestone: `${id} done`,
    effort: 'medium',
    impact: 'medium',
  };
}

// kickoff (always) → redesign (triggered by q2 at or below 2) → rollout (the internet channel).
const initiatives = [
  initiative('kickoff', { weeks: 2 }),
  initiative('redesign', {
    always: false,
    triggers: [{ question: 'q2', atOrBelow: 2 }],
    dependsOn: ['kickoff'],
  }),
  initiative('rollout', {
    phase: 'action',
    channel: 'internet',
    always: false,
    dependsOn: ['redesign'],
  }),
];
const content: RoadmapContent = {
  initiatives,
  texts: { kickoff: text('kickoff'), redesign: text('redesign') },
  kpis: {},
  phaseNames: { analysis: 'Analysis', diagnosis: 'Diagnosis', action: 'Action' },
  dimensionTitles: { d1: 'Strategy', d2: 'Processes' },
  prompts: { q2: 'Are processes mapped?' },
  phaseGateTitle: (phase) => `End of ${phase}`,
};

function viewOf(plan: AssessmentPlan | undefined, profile: Assessment['profile'] = {}) {
  const assessment = makeAssessment({ answers: { q2: 1 }, profile, plan });
  return buildRoadmapView(content, {
    model,
    assessment,
    score: scoreAssessment(model, assessment.answers),
    targets: { d1: 70, d2: 70 },
    defaultStart: '2025-06-02',
  });
}

describe('isChannel', () => {
  it.each([
    ['internet', true],
    ['sales-force', true],
    ['fax', false],
    ['', false],
  ])('%j: %s', (value, expected) => {
    expect(isChannel(value)).toBe(expected);
  });
});

describe('buildRoadmapView', () => {
  it('builds the plan nobody has edited: every initiative, from the default start', () => {
    const view = viewOf(undefined);
    expect(view.doc.initiatives.map((i) => i.id)).toEqual(['kickoff', 'redesign', 'rollout']);
    expect(view.doc.planStart).toBe('2025-06-02');
    expect(view.excluded).toEqual([]);
    expect(view.conflicted.size).toBe(0);
  });

  it('says why each initiative is there: the prompts that triggered it, its channel, or always', () => {
    const { rows } = viewOf(undefined);
    expect(rows['redesign']?.reason).toEqual({
      kind: 'triggered',
      prompts: ['Are processes mapped?'],
    });
    expect(rows['rollout']?.reason).toEqual({ kind: 'channel' });
    expect(rows['kickoff']?.reason).toEqual({ kind: 'always' });
  });

  it('names a trigger question without a prompt by its id', () => {
    const view = buildRoadmapView(
      { ...content, prompts: {} },
      {
        model,
        assessment: makeAssessment({ answers: { q2: 0 }, profile: {} }),
        score: scoreAssessment(model, { q2: 0 }),
        targets: {},
        defaultStart: '2025-06-02',
      },
    );
    expect(view.rows['redesign']?.reason).toEqual({ kind: 'triggered', prompts: ['q2'] });
  });

  it('keeps the suggested owner and start beside what the user typed', () => {
    const plain = viewOf(undefined).rows['redesign'];
    expect(plain).toMatchObject({ ownerOverride: '', defaultOwner: 'Owner of redesign' });
    expect(plain?.overridden).toBe(false);
    const edited = viewOf({
      ...EMPTY_PLAN,
      owners: { redesign: 'Marta' },
      startWeeks: { redesign: 30 },
    }).rows['redesign'];
    expect(edited).toMatchObject({ ownerOverride: 'Marta', overridden: true });
    expect(edited?.suggestedStart).toBe(plain?.suggestedStart);
  });

  it('flags a start before a dependency ends, naming the dependency and the week it ends', () => {
    const view = viewOf({ ...EMPTY_PLAN, startWeeks: { redesign: 0 } });
    expect(view.conflicted).toEqual(new Set(['redesign']));
    expect(view.rows['redesign']?.conflicts).toEqual([{ id: 'kickoff', title: 'KICKOFF', end: 2 }]);
  });

  it('lists what was left out, and tells its dependants; an initiative without words keeps its id', () => {
    const view = viewOf({ ...EMPTY_PLAN, excluded: ['rollout', 'kickoff'] });
    expect(view.excluded).toEqual([
      { id: 'kickoff', title: 'KICKOFF' },
      { id: 'rollout', title: 'rollout' },
    ]);
    expect(view.rows['redesign']?.excludedDependencies).toEqual([
      { id: 'kickoff', title: 'KICKOFF' },
    ]);
    expect(view.rows['rollout']).toBeUndefined();
  });

  it('follows the profile: only the channels the organization uses, in the order the plan keeps', () => {
    const view = viewOf(
      { ...EMPTY_PLAN, channelOrder: ['fax', 'internet', 'sales-force'], planStart: '2026-01-05' },
      { channels: ['internet', 'sales-force', 'carrier-pigeon'] },
    );
    expect(view.roadmap.channelOrder).toEqual(['internet', 'sales-force']);
    expect(view.doc.planStart).toBe('2026-01-05');
    const single = viewOf(undefined, { channels: 'sales-force' });
    expect(single.roadmap.channelOrder).toEqual(['sales-force']);
    expect(single.rows['rollout']).toBeUndefined();
  });

  it('an owner named for an initiative without words keeps no suggested owner', () => {
    const view = viewOf({ ...EMPTY_PLAN, owners: { rollout: 'Luis' } });
    expect(view.rows['rollout']).toMatchObject({ ownerOverride: 'Luis', defaultOwner: '' });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyModel } from './tiny-model';
import { buildPresentation, type Slide } from '~/domain/workshop/presentation';
import type { RoleId, Submission, Workshop } from '~/domain/workshop/workshop';

const model = tinyModel;

const PEOPLE: [string, string, RoleId, Submission['answers']][] = [
  ['p-ceo', 'Ana Ceo', 'executive', { vision: 4, sponsor: 3, quality: 2 }],
  ['p-cfo', 'Ben Cfo', 'executive', { vision: 4, sponsor: 3, quality: 'dont-know' }],
  ['p-coo', 'Carla Coo', 'executive', { vision: 3, sponsor: 3, quality: 1 }],
  ['p-rep', 'Dani Rep', 'sales', { vision: 1, sponsor: 3, quality: 1 }],
  ['p-agent', 'Eva Agent', 'service', { vision: 0, sponsor: 2 }],
];

function makeWorkshop(agreed: Workshop['agreed'] = {}): Workshop {
  return {
    id: 'w-1',
    organization: 'Pérez & Hijos',
    date: '2025-05-06',
    facilitator: 'Marta Facilitadora',
    contentVersion: 1,
    participants: PEOPLE.map(([id, name, role]) => ({ id, name, role })),
    submissions: PEOPLE.map(([participantId, , role, answers]) => ({
      workshopId: 'w-1',
      contentVersion: 1,
      participantId,
      role,
      answers,
      submittedAt: '2025-05-06T10:00:00.000Z',
    })),
    agreed,
    showIndividual: true,
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-06T10:00:00.000Z',
  };
}

function ofKind<K extends Slide['kind']>(slides: Slide[], kind: K): Extract<Slide, { kind: K }>[] {
  return slides.filter((s): s is Extract<Slide, { kind: K }> => s.kind === kind);
}

describe('the presentation view', () => {
  it.each<[string, RoleId[], { role: RoleId; count: number }[], number]>([
    [
      'the larger group first',
      ['sales', 'sales', 'sales', 'service', 'service', 'service', 'service', 'it'],
      [
        { role: 'service', count: 4 },
        { role: 'sales', count: 3 },
      ],
      1,
    ],
    [
      'groups of the same size in alphabetical order',
      ['service', 'service', 'service', 'sales', 'sales', 'sales'],
      [
        { role: 'sales', count: 3 },
        { role: 'service', count: 3 },
      ],
      0,
    ],
  ])('lists the role groups on the title slide: %s', (_, roles, expected, others) => {
    const base = makeWorkshop();
    const submissions = roles.map((role, i): Submission => ({
      workshopId: base.id,
      contentVersion: 1,
      participantId: `p-${i}`,
      role,
      answers: { vision: 2 },
      submittedAt: '2025-05-06T10:00:00.000Z',
    }));
    const [title] = ofKind(buildPresentation(model, { ...base, submissions }), 'title');
    expect(title).toMatchObject({ roles: expected, otherRoles: others });
  });

  it('goes title, overview, the disputed questions most disputed first, then the summary', () => {
    const slides = buildPresentation(model, makeWorkshop());
    expect(slides.map((s) => s.kind)).toEqual([
      'title',
      'overview',
      'question',
      'question',
      'question',
      'summary',
    ]);
    const questions = ofKind(slides, 'question');
    // vision spreads 0–4 and weighs 3: the most disputed by far.
    expect(questions.map((q) => q.item.questionId)[0]).toBe('vision');
    expect(questions.map((q) => [q.position, q.of])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('counts roles of three or more and pools the rest, never naming anyone', () => {
    const slides = buildPresentation(model, makeWorkshop());
    const [title] = ofKind(slides, 'title');
    expect(title).toMatchObject({
      invited: 5,
      answered: 5,
      roles: [{ role: 'executive', count: 3 }],
      otherRoles: 2,
    });
    const text = JSON.stringify(slides);
    for (const [id, name] of PEOPLE) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(name);
    }
    expect(text).not.toContain('Marta');
    // Individual answers stay hidden even though the facilitator's screen shows them.
    expect(text).not.toContain('"individual"');
  });

  it('shows what was agreed and lists the disputes still open', () => {
    const slides = buildPresentation(
      model,
      makeWorkshop({ vision: { value: 2, note: 'Sponsor named, no plan yet.' } }),
    );
    const vision = ofKind(slides, 'question').find((q) => q.item.questionId === 'vision');
    expect(vision?.agreed).toEqual({ value: 2, note: 'Sponsor named, no plan yet.' });
    const [summary] = ofKind(slides, 'summary');
    expect(summary).toMatchObject({ agreed: 1, questions: 3 });
    expect(summary?.openDisputes).not.toContain('vision');
  });

  it('ignores an agreement on a question the content no longer has', () => {
    const slides = buildPresentation(model, makeWorkshop({ retired: { value: 1, note: '' } }));
    expect(ofKind(slides, 'summary')[0]?.agreed).toBe(0);
  });

  it('leaves out questions everyone answered alike', () => {
    const base = makeWorkshop();
    const unanimous = {
      ...base,
      submissions: base.submissions.map((s) => ({
        ...s,
        answers: { ...s.answers, sponsor: 3 as const },
      })),
    };
    const shown = ofKind(buildPresentation(model, unanimous), 'question');
    expect(shown.map((q) => q.item.questionId)).not.toContain('sponsor');
    expect(shown.map((q) => q.of)).toEqual([2, 2]);
  });

  it('shows at most `limit` questions, and none before two people answered', () => {
    expect(ofKind(buildPresentation(model, makeWorkshop(), 1), 'question')).toHaveLength(1);
    const alone = { ...makeWorkshop(), submissions: makeWorkshop().submissions.slice(0, 1) };
    expect(buildPresentation(model, alone).map((s) => s.kind)).toEqual([
      'title',
      'overview',
      'summary',
    ]);
  });

  it('does not depend on the order participants handed in', () => {
    const workshop = makeWorkshop();
    fc.assert(
      fc.property(fc.shuffledSubarray([...workshop.submissions], { minLength: 5 }), (shuffled) => {
        expect(buildPresentation(model, { ...workshop, submissions: shuffled })).toEqual(
          buildPresentation(model, workshop),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('the presentation follows the declared consensus rule (#18)', () => {
  it('names the rule on the title and question slides, and flags by it', () => {
    // vision: 4, 4, 3, 1, 0 — split by the range rule, and by the middle half too.
    const byRange = buildPresentation(model, makeWorkshop());
    expect(ofKind(byRange, 'title')[0]!.rule).toBe('range');
    const nearMedian = buildPresentation(model, {
      ...makeWorkshop(),
      consensusRule: 'near-median',
    });
    expect(ofKind(nearMedian, 'title')[0]!.rule).toBe('near-median');
    for (const slide of ofKind(nearMedian, 'question')) expect(slide.rule).toBe('near-median');
    // sponsor: 3, 3, 3, 3, 2 agrees under every rule.
    const sponsor = ofKind(nearMedian, 'question').find((s) => s.item.questionId === 'sponsor');
    expect(sponsor?.item.alignment.consensus).toBe(true);
  });
});

describe('the title slide names the roles it pools (#18)', () => {
  it('two executives read as executives, not as "other roles"', () => {
    const workshop = makeWorkshop();
    const two = {
      ...workshop,
      submissions: workshop.submissions.filter((s) => ['p-ceo', 'p-cfo'].includes(s.participantId)),
    };
    const [title] = ofKind(buildPresentation(model, two), 'title');
    expect(title).toMatchObject({ roles: [], otherRoles: 2, otherRoleIds: ['executive'] });
    const [mixed] = ofKind(buildPresentation(model, workshop), 'title');
    expect(mixed).toMatchObject({ otherRoles: 2, otherRoleIds: ['sales', 'service'] });
  });
});

describe('the presentation hides the distribution until everyone has handed in (#18)', () => {
  it('marks question slides hidden while someone invited is still answering', () => {
    const workshop = { ...makeWorkshop(), hideDistribution: true };
    const late = {
      ...workshop,
      participants: [...workshop.participants, { id: 'p-late', name: 'Late', role: 'it' as const }],
    };
    expect(ofKind(buildPresentation(model, workshop), 'question').every((s) => !s.hidden)).toBe(
      true,
    );
    expect(ofKind(buildPresentation(model, late), 'question').every((s) => s.hidden)).toBe(true);
  });
});

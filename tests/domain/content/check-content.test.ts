import { describe, expect, it } from 'vitest';
import {
  checkContent,
  findDependencyCycle,
  formatContentIssues,
  getFileStem,
  type ContentIssue,
  type LoadedContent,
} from '~/domain/content/check-content';
import type { Criterion, Dimension, Initiative, Kpi, Profile } from '~/domain/schemas/content';

const text = { en: 'x', es: 'x' };

/** A tiny area in `file` (by default the file its id names), with the given question ids. */
function dimension(id: string, questionIds: string[], order: number, file = `content/dimensions/${id}.yaml`) {
  return {
    file,
    data: {
      id,
      order,
      phases: ['analysis'],
      weight: 2,
      title: text,
      summary: text,
      questions: questionIds.map((q) => ({
        id: q,
        weight: 2,
        critical: false,
        notApplicable: false,
        prompt: text,
        why: text,
        levels: [text, text, text, text, text],
      })),
    } satisfies Dimension,
  };
}

function kpi(id: string, file = `content/kpis/${id}.yaml`) {
  const data: Kpi = {
    id,
    name: text,
    definition: text,
    unit: 'percent',
    direction: 'higher',
    suggestedTarget: text,
    frequency: 'monthly',
  };
  return { file, data };
}

function initiative(id: string, fields: Partial<Initiative> = {}) {
  const data: Initiative = {
    id,
    phase: 'analysis',
    dimension: 'strategy',
    changeManagement: false,
    title: text,
    description: text,
    triggers: [{ question: 'strategy-a', atOrBelow: 1 }],
    always: false,
    weeks: 2,
    effort: 'low',
    impact: 'high',
    dependsOn: [],
    owner: text,
    kpis: ['adoption'],
    milestone: text,
    ...fields,
  };
  return { file: `content/initiatives/${id}.yaml`, data };
}

function criterion(id: string, adjustments: Criterion['adjustments'], file = `content/criteria/${id}.yaml`) {
  const score = { score: 3, reason: text };
  const data: Criterion = {
    id,
    order: 1,
    name: text,
    description: text,
    defaultWeight: 3,
    scores: {
      'packaged-saas': score,
      'packaged-on-premise': score,
      'custom-development': score,
      'hybrid-platform': score,
    },
    adjustments,
  };
  return { file, data };
}

const profile: { file: string; data: Profile } = {
  file: 'content/profile.yaml',
  data: {
    title: text,
    intro: text,
    fields: [
      {
        id: 'company-size',
        kind: 'single',
        label: text,
        options: [
          { id: 'micro', label: text },
          { id: 'large', label: text },
        ],
      },
    ],
  },
};

/** Sound content: two areas, one KPI, two initiatives, one criterion, a profile. */
function soundContent(): LoadedContent {
  return {
    meta: { file: 'content/meta.yaml', data: { contentVersion: 1, retiredIds: ['old-id'] } },
    dimensions: [dimension('strategy', ['strategy-a', 'strategy-b'], 1), dimension('data', ['data-a'], 2)],
    kpis: [kpi('adoption')],
    initiatives: [initiative('sponsor'), initiative('charter', { dependsOn: ['sponsor'] })],
    criteria: [criterion('cost', [{ profile: 'company-size', in: ['micro'], weightChange: 1, reason: text }])],
    profile,
  };
}

/** Sound content with one change applied. */
function withChange(change: (content: LoadedContent) => LoadedContent): ContentIssue[] {
  return checkContent(change(soundContent()));
}

describe('checkContent', () => {
  it('finds nothing wrong in sound content, with or without the optional collections', () => {
    expect(checkContent(soundContent())).toEqual([]);
    const { meta, dimensions } = soundContent();
    expect(checkContent({ meta, dimensions })).toEqual([]);
  });

  it.each<[string, (c: LoadedContent) => LoadedContent, ContentIssue]>([
    [
      'an area whose id is not its file name',
      (c) => ({ ...c, dimensions: [dimension('strategy', ['strategy-a'], 1, 'content/dimensions/vision.yaml')] }),
      { file: 'content/dimensions/vision.yaml', path: 'id', message: 'the id "strategy" must equal the file name "vision"' },
    ],
    [
      'two areas with one id',
      (c) => ({
        ...c,
        dimensions: [...c.dimensions, dimension('data', ['data-z'], 3, 'content/more/data.yaml')],
      }),
      { file: 'content/more/data.yaml', path: 'id', message: 'dimension id "data" is already used in content/dimensions/data.yaml' },
    ],
    [
      'two areas in one position',
      (c) => ({ ...c, dimensions: [...c.dimensions, dimension('people', ['people-a'], 2)] }),
      { file: 'content/dimensions/people.yaml', path: 'order', message: 'order 2 is already used in content/dimensions/data.yaml' },
    ],
    [
      'a retired area id reused',
      (c) => ({ ...c, dimensions: [...c.dimensions, dimension('old-id', ['old-id-a'], 3)] }),
      {
        file: 'content/dimensions/old-id.yaml',
        path: 'id',
        message: '"old-id" is a retired id (content/meta.yaml) and cannot be reused',
      },
    ],
    [
      'a question id used in two files',
      (c) => ({ ...c, dimensions: [...c.dimensions, dimension('people', ['data-a'], 3)] }),
      {
        file: 'content/dimensions/people.yaml',
        path: 'questions[0].id',
        message: 'question id "data-a" is already used in content/dimensions/data.yaml',
      },
    ],
    [
      'a retired question id reused',
      (c) => ({ ...c, dimensions: [...c.dimensions, dimension('people', ['people-a', 'old-id'], 3)] }),
      {
        file: 'content/dimensions/people.yaml',
        path: 'questions[1].id',
        message: '"old-id" is a retired id (content/meta.yaml) and cannot be reused',
      },
    ],
    [
      'a KPI whose id is not its file name',
      (c) => ({ ...c, kpis: [...(c.kpis ?? []), kpi('churn', 'content/kpis/attrition.yaml')] }),
      { file: 'content/kpis/attrition.yaml', path: 'id', message: 'the id "churn" must equal the file name "attrition"' },
    ],
    [
      'two KPIs with one id',
      (c) => ({ ...c, kpis: [...(c.kpis ?? []), kpi('adoption', 'content/more/adoption.yml')] }),
      { file: 'content/more/adoption.yml', path: 'id', message: 'KPI id "adoption" is already used in content/kpis/adoption.yaml' },
    ],
    [
      'a retired KPI id reused',
      (c) => ({ ...c, kpis: [...(c.kpis ?? []), kpi('old-id')] }),
      { file: 'content/kpis/old-id.yaml', path: 'id', message: '"old-id" is a retired id (content/meta.yaml) and cannot be reused' },
    ],
    [
      'an initiative in an unknown area',
      (c) => ({ ...c, initiatives: [initiative('sponsor', { dimension: 'vision' })] }),
      { file: 'content/initiatives/sponsor.yaml', path: 'dimension', message: 'unknown dimension "vision"' },
    ],
    [
      'an initiative triggered by an unknown question',
      (c) => ({ ...c, initiatives: [initiative('sponsor', { triggers: [{ question: 'strategy-z', atOrBelow: 1 }] })] }),
      { file: 'content/initiatives/sponsor.yaml', path: 'triggers[0].question', message: 'unknown question "strategy-z"' },
    ],
    [
      'an initiative tracked by an unknown KPI',
      (c) => ({ ...c, initiatives: [initiative('sponsor', { kpis: ['adoption', 'churn'] })] }),
      { file: 'content/initiatives/sponsor.yaml', path: 'kpis[1]', message: 'unknown KPI "churn"' },
    ],
    [
      'an initiative depending on an unknown one',
      (c) => ({ ...c, initiatives: [initiative('sponsor', { dependsOn: ['charter'] })] }),
      { file: 'content/initiatives/sponsor.yaml', path: 'dependsOn[0]', message: 'unknown initiative "charter"' },
    ],
    [
      'initiatives depending on each other',
      (c) => ({
        ...c,
        initiatives: [initiative('sponsor', { dependsOn: ['charter'] }), initiative('charter', { dependsOn: ['sponsor'] })],
      }),
      { file: 'content/initiatives/sponsor.yaml', path: 'dependsOn', message: 'dependency cycle: sponsor → charter → sponsor' },
    ],
    [
      'a criterion adjusted by an unknown area',
      (c) => ({ ...c, criteria: [criterion('cost', [{ dimension: 'vision', scoreBelow: 40, weightChange: 1, reason: text }])] }),
      { file: 'content/criteria/cost.yaml', path: 'adjustments[0].dimension', message: 'unknown dimension "vision"' },
    ],
    [
      'a criterion adjusted by an unknown profile field',
      (c) => ({ ...c, criteria: [criterion('cost', [{ profile: 'sector', in: ['retail'], weightChange: 1, reason: text }])] }),
      { file: 'content/criteria/cost.yaml', path: 'adjustments[0].profile', message: 'unknown profile field "sector"' },
    ],
    [
      'a criterion adjusted by an unknown profile option',
      (c) => ({
        ...c,
        criteria: [criterion('cost', [{ profile: 'company-size', in: ['micro', 'huge'], weightChange: 1, reason: text }])],
      }),
      { file: 'content/criteria/cost.yaml', path: 'adjustments[0].in[1]', message: '"company-size" has no option "huge"' },
    ],
    [
      'two criteria with one id',
      (c) => ({ ...c, criteria: [...(c.criteria ?? []), criterion('cost', [], 'content/more/cost.yaml')] }),
      { file: 'content/more/cost.yaml', path: 'id', message: 'criterion id "cost" is already used in content/criteria/cost.yaml' },
    ],
  ])('reports %s with its file and field', (_name, change, issue) => {
    expect(withChange(change)).toEqual([issue]);
  });

  it('checks the quick scan against the areas when there is one', () => {
    const quickScan = (questions: string[]) => ({ file: 'content/quick-scan.yaml', data: { questions } });
    expect(withChange((c) => ({ ...c, quickScan: quickScan(['strategy-a', 'data-a']) }))).toEqual([]);
    expect(withChange((c) => ({ ...c, quickScan: quickScan(['strategy-a', 'data-a', 'data-z']) }))).toEqual([
      { file: 'content/quick-scan.yaml', path: 'questions[2]', message: 'unknown question "data-z"' },
    ]);
  });

  it('does not check profile adjustments when there is no profile to check them against', () => {
    const criteria = [criterion('cost', [{ profile: 'sector', in: ['retail'], weightChange: 1, reason: text }])];
    expect(withChange((c) => ({ meta: c.meta, dimensions: c.dimensions, criteria }))).toEqual([]);
  });

  it('accepts a profile adjustment with no option list (an area adjustment carries it)', () => {
    const adjustment = { profile: 'company-size', dimension: 'data', scoreBelow: 40, weightChange: 1, reason: text };
    expect(withChange((c) => ({ ...c, criteria: [criterion('cost', [adjustment])] }))).toEqual([]);
  });
});

describe('findDependencyCycle', () => {
  const node = (id: string, dependsOn: string[] = []) => ({ id, dependsOn });

  it.each<[string, ReturnType<typeof node>[], string[] | null]>([
    ['no dependencies', [node('a'), node('b')], null],
    ['a chain', [node('a', ['b']), node('b', ['c']), node('c')], null],
    ['a diamond (shared dependency, no cycle)', [node('a', ['b', 'c']), node('b', ['d']), node('c', ['d']), node('d')], null],
    ['an unknown dependency, which is not followed', [node('a', ['nowhere'])], null],
    ['a node depending on itself', [node('a', ['a'])], ['a', 'a']],
    ['a cycle behind a chain', [node('a', ['b']), node('b', ['c']), node('c', ['b'])], ['b', 'c', 'b']],
  ])('with %s returns %j', (_name, nodes, ids) => {
    expect(findDependencyCycle(nodes)?.map((n) => n.id) ?? null).toEqual(ids);
  });
});

describe('getFileStem and formatContentIssues', () => {
  it.each([
    ['content/dimensions/strategy.yaml', 'strategy'],
    ['content\\kpis\\adoption.yml', 'adoption'],
    ['meta.yaml', 'meta'],
    ['content/initiatives/no-extension', 'no-extension'],
  ])('the stem of %s is %s', (file, stem) => {
    expect(getFileStem(file)).toBe(stem);
  });

  it('writes one line per issue, with the field only when there is one', () => {
    const text = formatContentIssues([
      { file: 'content/kpis/a.yaml', path: 'id', message: 'bad id' },
      { file: 'content/meta.yaml', path: '', message: 'unreadable' },
    ]);
    expect(text).toBe('  content/kpis/a.yaml → id: bad id\n  content/meta.yaml: unreadable');
  });
});

import { describe, expect, it } from 'vitest';
import { LIGHT } from '~/design/tokens';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import {
  BAND_STARTS,
  getBandFill,
  getHeatBand,
  HEAT_BANDS,
  mixHex,
} from '~/domain/report/alignment-heat-map';
import {
  buildAlignmentSection,
  getAlignmentStrings,
  getMostDisputed,
  getRoleCounts,
  MAX_DISPUTED,
  type AlignmentSectionInput,
} from '~/domain/report/alignment-section';
import type { ReportSection } from '~/domain/report/report-document';
import type { AnswerValue, ScoringModel } from '~/domain/scoring/model';
import { aggregateAlignment } from '~/domain/workshop/aggregate-alignment';
import { getLevelStatistics } from '~/domain/workshop/statistics';
import type { AgreedAnswer, RoleId, Submission } from '~/domain/workshop/workshop';
import { blocksOf } from './report-queries';

const question = (id: string, dimensionId: string, weight: number, critical = false) => ({
  id,
  dimensionId,
  phase: 'analysis' as const,
  weight,
  critical,
  notApplicable: false,
});

/** Three dimensions, five questions; `web` is answered alike by everyone. */
const model: ScoringModel = {
  dimensions: [
    { id: 'strategy', weight: 3 },
    { id: 'data', weight: 2 },
    { id: 'channels', weight: 1 },
  ],
  questions: [
    question('vision', 'strategy', 3, true),
    question('sponsor', 'strategy', 2),
    question('quality', 'data', 2),
    question('owner', 'data', 1),
    question('web', 'channels', 1),
  ],
};

const DIMENSIONS = [
  { id: 'strategy', title: 'Strategy' },
  { id: 'data', title: 'Customer knowledge and data' },
  { id: 'channels', title: 'Interaction channels' },
];
const PROMPTS = [
  { id: 'vision', prompt: 'Is there a written CRM vision?' },
  { id: 'sponsor', prompt: 'Is there an executive sponsor?' },
  { id: 'quality', prompt: 'How good is customer data?' },
  { id: 'owner', prompt: 'Who owns customer data?' },
  { id: 'web', prompt: 'Is the website connected?' },
];

/** The names the section must never print. */
const NAMES = ['Ana Beltrán', 'Bruno Díaz', 'Carla Mendes', 'Darío Fuentes'];

type Row = [string, RoleId, Record<string, AnswerValue>];
const ROWS: Row[] = [
  ['Ana Beltrán', 'executive', { vision: 4, sponsor: 3, quality: 0, owner: 2, web: 2 }],
  ['Bruno Díaz', 'executive', { vision: 4, sponsor: 3, quality: 4, owner: 2, web: 2 }],
  ['Carla Mendes', 'sales', { vision: 1, sponsor: 2, quality: 4, owner: 3, web: 2 }],
  ['Darío Fuentes', 'it', { vision: 0, sponsor: 3, quality: 0, owner: 'dont-know', web: 2 }],
];

function submissionsOf(rows: readonly Row[]): Submission[] {
  return rows.map(([name, role, answers]) => ({
    workshopId: 'w-1',
    contentVersion: 1,
    participantId: `p-${name}`,
    role,
    answers,
    submittedAt: '2025-05-06T10:00:00Z',
  }));
}

const AGREED: Record<string, AgreedAnswer> = {
  vision: { value: 3, note: 'A one-page vision, signed off in June.' },
  quality: { value: 'dont-know', note: '  ' },
};

function inputOf(lang: 'en' | 'es'): AlignmentSectionInput {
  const submissions = submissionsOf(ROWS);
  const strings = lang === 'en' ? en : es;
  return {
    alignment: aggregateAlignment(model, submissions, { showIndividual: false }),
    rule: 'range',
    dimensions: DIMENSIONS,
    questions: PROMPTS,
    participants: 5,
    submissions: submissions.length,
    roles: getRoleCounts(submissions),
    date: '2025-05-06',
    agreed: AGREED,
    strings: getAlignmentStrings(strings.report, strings.roles),
    lang,
    palette: LIGHT,
  };
}

function build(
  options: {
    rows?: readonly Row[];
    lang?: 'en' | 'es';
    model?: ScoringModel;
    date?: string;
    agreed?: Record<string, AgreedAnswer>;
    dimensions?: readonly { id: string; title: string }[];
  } = {},
): ReportSection {
  const lang = options.lang ?? 'en';
  const submissions = submissionsOf(options.rows ?? ROWS);
  const used = options.model ?? model;
  const input: AlignmentSectionInput = {
    alignment: aggregateAlignment(used, submissions, { showIndividual: false }),
    rule: 'range',
    dimensions: options.dimensions ?? DIMENSIONS,
    questions: PROMPTS,
    participants: 5,
    submissions: submissions.length,
    roles: getRoleCounts(submissions),
    date: options.date ?? '2025-05-06',
    agreed: options.agreed ?? AGREED,
    strings: getAlignmentStrings((lang === 'en' ? en : es).report, (lang === 'en' ? en : es).roles),
    lang,
    palette: LIGHT,
  };
  return buildAlignmentSection(input);
}

/** Every text of a section's blocks, flattened. */
function texts(section: ReportSection): string[] {
  return section.blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'table':
        return [...b.columns.map((c) => c.header), ...b.rows.flat()];
      case 'heatmap':
        return [
          b.caption,
          b.rowHeader,
          ...b.columns.map((c) => c.header),
          ...b.rows.flatMap((r) => [r.label, ...r.cells.flatMap((c) => [c.text, c.note ?? ''])]),
          ...b.legend.map((l) => l.label),
          b.legendNote ?? '',
        ];
      default:
        return [];
    }
  });
}

function onlyTable(section: ReportSection) {
  const [table] = blocksOf(section, 'table');
  if (!table) throw new Error('The section has no table.');
  return table;
}

function onlyHeatMap(section: ReportSection) {
  const [heatMap] = blocksOf(section, 'heatmap');
  if (!heatMap) throw new Error('The section has no heat map.');
  return heatMap;
}

describe('the workshop-alignment section of the report', () => {
  it('opens with the date, how many answered and the roles as counts', () => {
    const all = texts(build());
    expect(all[0]).toBe('Workshop alignment');
    expect(all).toContain(
      'Workshop of May 6, 2025. Participants who handed in their answers: 4 of 5 invited.',
    );
    expect(all).toContain('Roles represented: Executive (2), Sales (1), and IT (1).');
  });

  it.each([
    ['words rather than a day', 'Spring 2025'],
    ['a day that does not exist', '2025-13-45'],
  ])('shows the workshop date as typed when it is %s', (_name, date) => {
    expect(texts(build({ date }))).toContain(
      `Workshop of ${date}. Participants who handed in their answers: 4 of 5 invited.`,
    );
  });

  it.each(['en', 'es'] as const)('states the declared consensus rule in %s (#18)', (lang) => {
    const rules = (lang === 'en' ? en : es).report.alignment.rules;
    expect(texts(build({ lang }))).toContain(
      `${rules.stated.replace('{rule}', rules.names.range)} ${rules.descriptions.range}`,
    );
  });

  it('names a dimension without a title in this language by its id', () => {
    const dimensions = DIMENSIONS.filter((d) => d.id !== 'strategy');
    expect(onlyTable(build({ dimensions })).rows[0]?.[2]).toBe('strategy');
  });

  it('names no participant anywhere', () => {
    const dump = JSON.stringify(build());
    for (const name of NAMES) {
      expect(dump).not.toContain(name);
      expect(dump).not.toContain(name.split(' ')[0]);
    }
  });

  it('lists the disputed questions, most disputed first, without the one everybody agreed on', () => {
    const rows = onlyTable(build()).rows;
    expect(rows.map((r) => r[1])).toEqual([
      'Is there a written CRM vision?',
      'How good is customer data?',
      'Is there an executive sponsor?',
      'Who owns customer data?',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
  });

  it.each([
    [
      'a level, with its note',
      0,
      ['Strategy', '0–4', '1.8', 'Level 3\nNote: A one-page vision, signed off in June.'],
    ],
    [
      'don’t know, with a blank note left out',
      1,
      ['Customer knowledge and data', '0–4', '2.0', 'Don’t know'],
    ],
    ['nothing agreed yet', 2, ['Strategy', '2–3', '0.4', 'Not agreed yet']],
    ['not applicable', 3, ['Customer knowledge and data', '2–3', '0.5', 'Not applicable']],
  ])('shows the agreed answer: %s', (_name, index, expected) => {
    const agreed = { ...AGREED, owner: { value: 'not-applicable' as const, note: '' } };
    expect(onlyTable(build({ agreed })).rows[index]?.slice(2)).toEqual(expected);
  });

  it('shades the heat map per dimension, naming each band in its cell', () => {
    const heatMap = onlyHeatMap(build());
    expect(heatMap.rows.map((r) => r.label)).toEqual(DIMENSIONS.map((d) => d.title));
    const [strategy, data, channels] = heatMap.rows;
    expect(strategy?.cells[0]).toEqual({ text: '61 / 100', fill: LIGHT.surface });
    // Scores 90, 90, 35, 30: a standard deviation of 28.8 points, over half its maximum.
    expect(strategy?.cells[1]).toMatchObject({ text: '28.8 points', note: 'Strongly divided' });
    expect(strategy?.cells[2]).toMatchObject({ text: '50 % (1 of 2)', note: 'Strongly divided' });
    expect(data?.cells[2]).toMatchObject({ text: '50 % (1 of 2)' });
    expect(channels?.cells[1]).toMatchObject({ text: '0 points', note: 'Aligned' });
    expect(channels?.cells[1]?.fill).toBe(getBandFill('aligned', LIGHT));
    expect(channels?.cells[2]).toMatchObject({ text: '0 % (0 of 1)', note: 'Aligned' });
  });

  it('explains every shade of the scale in words, lightest first', () => {
    const { legend, legendNote } = onlyHeatMap(build());
    expect(legend.map((l) => l.label)).toEqual([
      'Aligned: standard deviation under 5 points; under 10 % of questions without consensus',
      'Some spread: standard deviation 5 to under 12.5 points; 10 % to under 25 % of questions without consensus',
      'Divided: standard deviation 12.5 to under 25 points; 25 % to under 50 % of questions without consensus',
      'Strongly divided: standard deviation 25 points or more; 50 % or more of questions without consensus',
    ]);
    expect(legend.map((l) => l.fill)).toEqual(HEAT_BANDS.map((b) => getBandFill(b, LIGHT)));
    expect(legendNote).toContain('“—”');
  });

  it('marks a dimension without answers to compare with a dash, unshaded', () => {
    const rows: Row[] = ROWS.map(([n, r, a]) => [n, r, { ...a, web: 'dont-know' }]);
    const channels = onlyHeatMap(build({ rows })).rows[2];
    expect(channels?.cells).toEqual([
      { text: '—', fill: LIGHT.surface },
      { text: '—', fill: LIGHT.surface },
      { text: '—', fill: LIGHT.surface },
    ]);
  });

  it(`lists at most ${MAX_DISPUTED} questions`, () => {
    const many: ScoringModel = {
      dimensions: [{ id: 'strategy', weight: 1 }],
      questions: Array.from({ length: 14 }, (_, i) => question(`q${i}`, 'strategy', 1 + (i % 3))),
    };
    const answers = (levels: AnswerValue) =>
      Object.fromEntries(many.questions.map((q) => [q.id, levels]));
    const rows: Row[] = [
      ['Ana Beltrán', 'executive', answers(0)],
      ['Bruno Díaz', 'sales', answers(4)],
    ];
    const table = onlyTable(build({ rows, model: many }));
    expect(table.rows).toHaveLength(MAX_DISPUTED);
    expect(table.rows.map((r) => r[0])).toEqual(
      Array.from({ length: MAX_DISPUTED }, (_, i) => String(i + 1)),
    );
  });

  it('says so when nobody disagreed', () => {
    const rows: Row[] = ROWS.map(([n, r]) => [n, r, { vision: 2, sponsor: 2, web: 3 }]);
    const section = build({ rows });
    expect(blocksOf(section, 'table')).toEqual([]);
    expect(texts(section)).toContain(en.report.alignment.noDisputes);
  });

  it.each([
    ['no submission', 0],
    ['one submission', 1],
  ])('has no spread to show with %s', (_name, count) => {
    const section = build({ rows: ROWS.slice(0, count) });
    expect(blocksOf(section, 'heatmap')).toEqual([]);
    expect(blocksOf(section, 'table')).toEqual([]);
    expect(texts(section)).toContain(en.report.alignment.tooFew);
    expect(texts(section).some((t) => t.startsWith('Roles represented'))).toBe(count > 0);
  });

  it('speaks Spanish, with Spanish numbers, dates and lists', () => {
    const section = build({ lang: 'es' });
    const all = texts(section);
    expect(all[0]).toBe('Alineación del taller');
    expect(all).toContain(
      'Taller del 6 de mayo de 2025. Participantes que entregaron sus respuestas: 4 de 5 invitados.',
    );
    expect(all).toContain('Áreas representadas: 2 de Dirección, 1 de Ventas y 1 de Sistemas (TI).');
    const heatMap = onlyHeatMap(section);
    expect(heatMap.rows[0]?.cells[1]).toMatchObject({
      text: '28,8 puntos',
      note: 'Muy divididos',
    });
    expect(heatMap.legend[1]?.label).toBe(
      'Cierta dispersión: desviación típica de 5 a menos de 12,5 puntos; del 10 % a menos del 25 % de las preguntas sin consenso',
    );
    const table = onlyTable(section);
    expect(table.columns.map((c) => c.header)).toContain('Respuesta acordada');
    expect(table.rows[0]?.slice(3)).toEqual([
      '0–4',
      '1,8',
      'Nivel 3\nNota: A one-page vision, signed off in June.',
    ]);
    expect(table.rows[1]?.[5]).toBe('No lo sé');
    expect(table.rows[2]?.[5]).toBe('Aún sin acordar');
  });
});

describe('getHeatBand', () => {
  it.each([
    [0, 'aligned'],
    [BAND_STARTS[0] - 0.001, 'aligned'],
    [BAND_STARTS[0], 'some'],
    [BAND_STARTS[1], 'divided'],
    [BAND_STARTS[2] - 0.001, 'divided'],
    [BAND_STARTS[2], 'strong'],
    [1, 'strong'],
  ])('puts %f in the %s band', (value, band) => {
    expect(getHeatBand(value)).toBe(band);
  });
});

describe('mixHex', () => {
  it.each([
    ['#ffffff', '#000000', 0, '#ffffff'],
    ['#ffffff', '#000000', 1, '#000000'],
    ['#ffffff', '#000000', 0.5, '#808080'],
    ['#ffffff', '#a4161a', 0.55, '#cd7f81'],
  ])('mixes %s into %s by %f', (from, to, t, expected) => {
    expect(mixHex(from, to, t)).toBe(expected);
  });
});

describe('getRoleCounts', () => {
  it('counts each participant once, in role order, without empty roles', () => {
    const submissions = submissionsOf([
      ['x', 'it', {}],
      ['y', 'executive', {}],
      ['x', 'it', {}],
      ['z', 'it', {}],
    ]);
    expect(getRoleCounts(submissions)).toEqual([
      { role: 'executive', count: 1 },
      { role: 'it', count: 2 },
    ]);
  });
});

describe('getMostDisputed', () => {
  it('keeps only questions with a disagreement above zero', () => {
    const { agenda } = aggregateAlignment(model, submissionsOf(ROWS), { showIndividual: false });
    expect(getMostDisputed(agenda).map((a) => a.questionId)).toEqual([
      'vision',
      'quality',
      'sponsor',
      'owner',
    ]);
  });
});

describe('the second round in the report (#18)', () => {
  it.each(['en', 'es'] as const)(
    'names the round and keeps the minority’s reasons in %s',
    (lang) => {
      const strings = (lang === 'en' ? en : es).report.alignment;
      const section = buildAlignmentSection({
        ...inputOf(lang),
        movement: [
          {
            questionId: 'vision',
            first: getLevelStatistics([0, 4, 4]),
            second: getLevelStatistics([0, 4, 4]),
            consensusBefore: false,
            consensusAfter: false,
            compared: 3,
            movedUp: 0,
            movedDown: 0,
            movers: [],
            minorityReasons: [{ participantId: 'p1', level: 0, reason: 'No sponsor yet.' }],
          },
        ],
      });
      const all = texts(section);
      expect(all).toContain(
        strings.rounds.summary.replace('{count}', '1').replace('{reached}', '0'),
      );
      expect(all).toContain(strings.rounds.minorityHeading);
      expect(all).toContain(
        strings.rounds.reason.replace('{level}', '0').replace('{reason}', 'No sponsor yet.'),
      );
      expect(all.join(' ')).not.toContain('p1');
    },
  );
});

describe('second-round and point edge cases (#18)', () => {
  it('a round that settled everything keeps no minority; an unknown question is named by its id', () => {
    const settled = getLevelStatistics([2, 2]);
    const move = {
      first: settled,
      second: settled,
      consensusBefore: true,
      consensusAfter: true,
      compared: 2,
      movedUp: 0,
      movedDown: 0,
      movers: [],
    };
    const all = texts(
      buildAlignmentSection({
        ...inputOf('en'),
        movement: [
          { ...move, questionId: 'vision', minorityReasons: [] },
          {
            ...move,
            questionId: 'gone',
            consensusAfter: false,
            minorityReasons: [{ participantId: 'p', level: 4, reason: 'Why not.' }],
          },
        ],
      }),
    );
    expect(all).toContain('gone');
    const none = texts(
      buildAlignmentSection({
        ...inputOf('en'),
        movement: [{ ...move, questionId: 'vision', minorityReasons: [] }],
      }),
    );
    expect(none).not.toContain(en.report.alignment.rounds.minorityHeading);
  });

  it('a spread of exactly one point says “1 point”, not “1 points”', () => {
    const input = inputOf('en');
    const row = { ...input.alignment.heatMap[0]!, standardDeviation: 1, dispersion: 0.02 };
    const section = buildAlignmentSection({
      ...input,
      alignment: { ...input.alignment, heatMap: [row, ...input.alignment.heatMap.slice(1)] },
    });
    expect(JSON.stringify(section)).toContain('"1 point"');
    expect(JSON.stringify(section)).not.toContain('"1 points"');
  });
});

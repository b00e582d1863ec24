/**
 * Content a client would not pick apart (#13): the question levels, their small-firm wording, the
 * channels, the weights of the method's core topics and the Spanish, checked over the real files.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import type { Dimension, LocalizedText, Question } from '~/domain/schemas/content';

const root = fileURLToPath(new URL('../..', import.meta.url));
const loaded = checkContentFolder(root);
const dimensions: readonly Dimension[] = loaded.dimensions.map((d) => d.data);
const questions: readonly Question[] = dimensions.flatMap((d) => d.questions);

/**
 * Dimension files whose wording is reworked on another branch for #13 (technology, change
 * management, KPIs, partner governance): the wording checks skip them until that work lands.
 * Empty this set when it has; the weight check already covers all nine areas.
 */
const REWORDED_ELSEWHERE: ReadonlySet<string> = new Set<string>();
const worded = dimensions.filter((d) => !REWORDED_ELSEWHERE.has(d.id));

/** Every user-facing text of a question, with a label saying where it is. */
function textsOf(question: Question): [where: string, text: LocalizedText][] {
  return [
    ['prompt', question.prompt],
    ['why', question.why],
    ...question.levels.flatMap((level, i): [string, LocalizedText][] => [
      [`level ${i}`, level],
      ...(level.small ? [[`level ${i} (small)`, level.small] as [string, LocalizedText]] : []),
    ]),
  ];
}

/** Every user-facing string of everything in content/, as [where, text]. */
function everyContentString(): [where: string, text: string][] {
  const out: [string, string][] = [];
  const walk = (where: string, value: unknown): void => {
    if (typeof value === 'string') out.push([where, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(`${where}[${i}]`, v));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(`${where}.${k}`, v);
  };
  const sources = [
    ...loaded.dimensions,
    ...loaded.initiatives,
    ...loaded.kpis,
    ...loaded.criteria,
    ...(loaded.profile ? [loaded.profile] : []),
    ...(loaded.decision ? [loaded.decision] : []),
  ];
  for (const source of sources) walk(source.file, source.data);
  return out;
}

it('reads all nine dimension files', () => {
  expect(loaded.issues).toEqual([]);
  expect(dimensions).toHaveLength(9);
});

describe('no internal word reaches a reader', () => {
  // "The seeds count…" once reached an English "why": the source articles are ours, not the user's.
  const internal = /\bseeds?\b|\bsemillas?\b|\blorem\b|\bFIXME\b|\bTBD\b/i;
  it('in any content file, in either language', () => {
    const hits = everyContentString().filter(([, text]) => internal.test(text));
    expect(hits).toEqual([]);
  });
});

/** Spanish of Spain's business register, as the glossary fixes it; each with what to write instead. */
const SPANISH_RULES: readonly [rule: string, pattern: RegExp][] = [
  ['«centro de contacto», never «contact center» or «call center»', /contact cent|call cent/i],
  [
    '«comité de seguimiento del proyecto» for the steering committee; «equipo directivo» for the management team',
    /comit[ée]s? de direcci[oó]n|comit[ée]s? directivo|comit[ée]s? de proyecto|steering/i,
  ],
  [
    'the steering committee always as «comité de seguimiento del proyecto»',
    /comit[ée]s? de seguimiento(?! del proyecto)/i,
  ],
  [
    'role names without gender («Dirección comercial», «Responsable de…», «la persona que patrocina»)',
    /(?<!plan )\b(director|directora|directores|directoras|jefe|jefa|jefes|jefas)\b|\b(un|el|del|al|cada|ningún|otro|este) (directivo|patrocinador|gestor)\b/i,
  ],
  ['no English glosses or loanwords where Spanish has the word', /\(lead\)|\bleads?\b|\bpipeline\b/i],
  ['no «con + gerundio» calque', /\bcon [a-záéíóúñ]+(ando|iendo|yendo)\b/i],
  ['«los KPI», without -s', /\bKPIs\b/],
  ['a space before %', /\d%/],
];

describe.each(worded.map((d) => [d.id, d] as const))('the Spanish of %s', (_id, dimension) => {
  const spanish = [
    ['title', dimension.title.es],
    ['summary', dimension.summary.es],
    ...dimension.questions.flatMap((q) =>
      textsOf(q).map(([where, text]) => [`${q.id} ${where}`, text.es]),
    ),
  ];
  it.each(SPANISH_RULES)('keeps the rule: %s', (_rule, pattern) => {
    expect(spanish.filter(([, text]) => pattern.test(text ?? ''))).toEqual([]);
  });
});

/**
 * Mid-size governance a 10-person firm does not have: a level naming it needs a `small` wording
 * that says what the same practice looks like there, in terms just as observable.
 */
const GOVERNANCE_EN =
  /steering|committee|\bRACI\b|roles and responsibilities matrix|\bboard\b|programme|load tests?|project charter|executive seminar|\bPMO\b/i;
const GOVERNANCE_ES =
  /comit[ée]|\bRACI\b|matriz de (funciones|roles)|\bconsejo\b|programa formal|pruebas de carga|acta de constitución|seminario ejecutivo|\bPMO\b/i;
const namesGovernance = (text: LocalizedText) =>
  GOVERNANCE_EN.test(text.en) || GOVERNANCE_ES.test(text.es);

describe.each(worded.map((d) => [d.id, d] as const))('small firms in %s', (_id, dimension) => {
  it.each(dimension.questions.map((q) => [q.id, q] as const))(
    '%s: every level naming mid-size governance says what it looks like in a small firm',
    (_qid, question) => {
      const missing = question.levels
        .map((level, i) => ({ i, level }))
        .filter(({ level }) => namesGovernance(level) && !level.small)
        .map(({ i }) => i);
      expect(missing).toEqual([]);
    },
  );

  it.each(dimension.questions.map((q) => [q.id, q] as const))(
    '%s: as a small firm reads it, no level asks for mid-size governance, so level 3 is reachable',
    (_qid, question) => {
      const asSmallReadsIt = question.levels.map((level) => level.small ?? level);
      const governed = asSmallReadsIt.flatMap((text, i) => (namesGovernance(text) ? [i] : []));
      expect(governed).toEqual([]);
      for (const level of question.levels) {
        if (level.small) {
          expect(level.small.en).not.toBe(level.en);
          expect(level.small.es).not.toBe(level.es);
        }
      }
    },
  );
});

/**
 * Where today's channels sit among the method's four (sales force, distribution channel, Internet,
 * contact center): messaging apps, social media, marketplaces and mobile self-service.
 */
const TODAY_CHANNELS: readonly [name: string, en: RegExp, es: RegExp][] = [
  ['messaging apps', /messaging|WhatsApp/i, /mensajería|WhatsApp/i],
  ['social media', /social media|social network/i, /redes sociales/i],
  ['marketplaces', /marketplace/i, /plataformas? de venta/i],
  ['mobile self-service', /self-service|customer portal|\bapp\b/i, /autoservicio|portal del cliente/i],
];
const FOUR_CHANNELS = /sales force.*distribution channel.*Internet.*contact center/i;

describe('today’s channels', () => {
  const worded4 = worded.flatMap((d) => d.questions);
  const allText = (q: Question, lang: 'en' | 'es') =>
    textsOf(q)
      .map(([, t]) => t[lang])
      .join(' ');

  it('the questions naming the four channels exist', () => {
    expect(worded4.filter((q) => FOUR_CHANNELS.test(q.prompt.en)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(worded4.filter((q) => FOUR_CHANNELS.test(q.prompt.en)).map((q) => [q.id, q] as const))(
    '%s says where messaging, social media, marketplaces and mobile self-service fit, in both languages',
    (_id, question) => {
      const missing = TODAY_CHANNELS.filter(
        ([, en, es]) => !en.test(allText(question, 'en')) || !es.test(allText(question, 'es')),
      ).map(([name]) => name);
      expect(missing).toEqual([]);
    },
  );

  it.each(worded4.filter((q) => /channel/i.test(q.prompt.en)).map((q) => [q.id, q] as const))(
    '%s, which asks about channels, names at least one of today’s channels in both languages',
    (_id, question) => {
      const named = TODAY_CHANNELS.filter(
        ([, en, es]) => en.test(allText(question, 'en')) && es.test(allText(question, 'es')),
      );
      expect(named.length).toBeGreaterThanOrEqual(1);
    },
  );
});

/**
 * The method's core topics: each of these questions weighs at least the average weight of its
 * area, so that a gap on them moves the score as much as the method says it matters.
 */
const CORE_TOPICS: readonly [topic: string, questionIds: readonly string[]][] = [
  ['strategy and executive sponsor', ['strategy-business-strategy', 'strategy-executive-sponsor']],
  [
    'customer-centred organization (shared customer goals, objectives tied to satisfaction)',
    ['organization-cross-functional-cooperation', 'organization-incentives'],
  ],
  ['process redesign before automation', ['processes-redesign-before-automation']],
  ['quantified objectives', ['objectives-alignment-quantified-objectives']],
  ['one customer repository', ['customer-knowledge-single-view']],
  [
    'user involvement and training',
    ['change-management-user-involvement', 'change-management-training-plan'],
  ],
  ['KPIs with baselines', ['kpis-measurement-defined-kpis', 'kpis-measurement-baselines']],
  ['post-go-live support', ['partner-governance-post-go-live']],
];

describe.each(CORE_TOPICS)('the core topic «%s»', (_topic, ids) => {
  it.each(ids)('%s weighs at least its area’s average', (id) => {
    const dimension = dimensions.find((d) => d.questions.some((q) => q.id === id));
    const question = dimension?.questions.find((q) => q.id === id);
    expect(question, `${id} is missing from content/dimensions`).toBeDefined();
    if (!dimension || !question) return;
    const average =
      dimension.questions.reduce((sum, q) => sum + q.weight, 0) / dimension.questions.length;
    expect(question.weight).toBeGreaterThanOrEqual(average);
  });
});

describe('levels that tell organizations apart', () => {
  // A rating word ("good", "adequate") is not evidence a workshop can check.
  const ratingWords = /\b(poor|fair|good|excellent|adequate|satisfactory|mature|advanced)\b/i;
  it.each(questions.map((q) => [q.id, q] as const))('%s: no level is a bare rating', (_id, question) => {
    const rated = question.levels.flatMap((level) => [level, ...(level.small ? [level.small] : [])]);
    expect(rated.filter((text) => ratingWords.test(text.en))).toEqual([]);
  });
});

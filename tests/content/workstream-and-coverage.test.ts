// Content a client would not pick apart (#13, section 2): change management as a workstream, the
// questions, initiatives and KPIs that were missing, today's channels, small-firm wording, weights,
// and Spanish that names roles without gender and the steering committee by one term.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';

const root = fileURLToPath(new URL('../..', import.meta.url));
const loaded = checkContentFolder(root);
const questionnaire = buildQuestionnaire(loaded.dimensions.map((d) => d.data));
const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
const initiatives = loaded.initiatives.map((i) => i.data);
const kpiIds = new Set(loaded.kpis.map((k) => k.data.id));

/** The dimension files these rules were applied to; the other five follow them in their own change. */
const REVIEWED_DIMENSIONS = ['technology', 'change-management', 'kpis-measurement', 'partner-governance'];

/** One user-facing text pair found in a content file, with where it sits. */
interface TextPair {
  readonly where: string;
  readonly en: string;
  readonly es: string;
}

/** Every {en, es} pair in a parsed file, small-firm wordings included, with its path. */
function collectTexts(value: unknown, where: string): TextPair[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectTexts(v, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record['en'] === 'string' && typeof record['es'] === 'string'
      ? [{ where, en: record['en'], es: record['es'] }]
      : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, v]) =>
      key === 'en' || key === 'es' ? [] : collectTexts(v, `${where}.${key}`),
    ),
  ];
}

const reviewedFiles = [
  ...loaded.dimensions.filter((d) => REVIEWED_DIMENSIONS.includes(d.data.id)),
  ...loaded.initiatives,
  ...loaded.kpis,
  ...loaded.criteria,
  ...(loaded.decision ? [loaded.decision] : []),
  ...(loaded.profile ? [loaded.profile] : []),
];
const reviewedTexts = reviewedFiles.flatMap((f) => collectTexts(f.data, f.file));

describe('change management as a workstream (#13)', () => {
  const question = questions.get('change-management-workstream');

  it('asks for a named owner, a written plan and a budget from the analysis phase, reviewed at each phase', () => {
    expect(question?.dimensionId).toBe('change-management');
    expect(question?.phase).toBe('analysis');
    expect(question?.prompt.en).toMatch(/owner.*plan.*budget.*analysis.*each phase/);
    expect(question?.prompt.es).toMatch(/responsable.*plan.*presupuesto.*análisis.*cada fase/);
  });

  it('is a critical gate, weighs the most, and says why it is one', () => {
    expect(question?.critical).toBe(true);
    expect(question?.weight).toBe(3);
    expect(question?.why.en).toMatch(/gate/);
  });

  it('is closed by a change-management initiative it triggers', () => {
    const initiative = initiatives.find((i) => i.id === 'change-management-workstream');
    expect(initiative?.changeManagement).toBe(true);
    expect(initiative?.triggers.map((t) => t.question)).toContain('change-management-workstream');
  });
});

describe('the questions that were missing (#13)', () => {
  it.each([
    ['kpis-measurement-customer-analytics', /segment.*leave or buy more.*act/],
    ['partner-governance-partner-selection', /partner.*written criteria/],
  ])('%s exists, in one of the reviewed areas', (id, prompt) => {
    const question = questions.get(id);
    expect(question?.prompt.en).toMatch(prompt);
    expect(REVIEWED_DIMENSIONS).toContain(question?.dimensionId);
  });

  it('lets an organization without an implementation partner answer "not applicable" to its selection', () => {
    expect(questions.get('partner-governance-partner-selection')?.notApplicable).toBe(true);
  });

  it.each([
    ['kpis-measurement-customer-analytics', 'customer-value-segmentation'],
    ['partner-governance-partner-selection', 'partner-selection-contract'],
  ])('a low answer to %s triggers %s', (question, initiative) => {
    const found = initiatives.find((i) => i.id === initiative);
    expect(found?.triggers.map((t) => t.question)).toContain(question);
  });

  it.each(['change-management-workstream', 'kpis-measurement-customer-analytics', 'partner-governance-partner-selection'])(
    '%s reads no longer than the average question (the time estimate counts its words)',
    (id) => {
      const words = (q: { prompt: { en: string }; why: { en: string }; levels: readonly { en: string }[] }) =>
        [q.prompt.en, q.why.en, ...q.levels.map((l) => l.en)].join(' ').split(/\s+/).length;
      const all = questionnaire.questions.map(words);
      const average = all.reduce((a, b) => a + b, 0) / all.length;
      const question = questions.get(id);
      expect(question && words(question)).toBeLessThanOrEqual(average);
    },
  );
});

describe('the initiatives and KPIs that were missing (#13)', () => {
  it.each([
    ['current-state-analysis', 'analysis'],
    ['change-management-workstream', 'analysis'],
    ['marketing-rollout', 'action'],
    ['benefits-review', 'action'],
  ])('%s exists in the %s phase, is triggered by a question that exists, and tracks known KPIs', (id, phase) => {
    const initiative = initiatives.find((i) => i.id === id);
    expect(initiative?.phase).toBe(phase);
    expect(initiative?.triggers.length).toBeGreaterThan(0);
    for (const trigger of initiative?.triggers ?? []) expect(questions.has(trigger.question)).toBe(true);
    for (const kpi of initiative?.kpis ?? []) expect(kpiIds.has(kpi)).toBe(true);
  });

  it('reviews the benefits against the business case with the benefits-realised KPI', () => {
    expect(initiatives.find((i) => i.id === 'benefits-review')?.kpis).toContain('benefits-realised');
  });

  it.each(['customer-acquisition-cost', 'benefits-realised'])(
    'KPI %s exists and some initiative tracks it',
    (id) => {
      expect(kpiIds.has(id)).toBe(true);
      expect(initiatives.some((i) => i.kpis.includes(id))).toBe(true);
    },
  );
});

describe('today’s channels among the method’s four (#13)', () => {
  const profileChannels = loaded.profile?.data.fields.find((f) => f.id === 'channels')?.options ?? [];
  const label = (id: string) => profileChannels.find((o) => o.id === id)?.label;

  it.each([
    ['contact-center', /messaging apps/, /aplicaciones de mensajería/],
    ['internet', /social media.*app/, /redes sociales.*aplicación/],
    ['distribution-channel', /marketplaces/, /plataformas de venta en línea/],
  ])('the profile places them under %s', (channel, en, es) => {
    expect(label(channel)?.en).toMatch(en);
    expect(label(channel)?.es).toMatch(es);
  });

  it('the initiative that runs the four channels as one names where each new channel sits', () => {
    const model = initiatives.find((i) => i.id === 'channel-coordination-model');
    expect(model?.description.en).toMatch(/marketplaces.*social media.*messaging apps/);
    expect(model?.description.es).toMatch(
      /plataformas de venta en línea.*redes sociales.*aplicaciones de mensajería/,
    );
  });
});

describe('levels a small firm can reach honestly (#13)', () => {
  /** Mid-size governance a 10-person company does not have under that name. */
  const MID_SIZE = /steering committee|RACI|roles matrix|\bboard\b|load test|every team and site|counterpart for each area/i;
  const levels = questionnaire.questions
    .filter((q) => REVIEWED_DIMENSIONS.includes(q.dimensionId))
    .flatMap((q) => q.levels.map((level, i) => [`${q.id} level ${i}`, level] as const));

  it.each(levels.filter(([, level]) => MID_SIZE.test(level.en)))(
    '%s names mid-size governance, so it has a small-firm wording without it',
    (_where, level) => {
      expect(level.small?.en).toBeDefined();
      expect(level.small?.en).not.toMatch(MID_SIZE);
      expect(level.small?.es).not.toMatch(/comité|matriz|consejo|pruebas de carga/i);
    },
  );
});

describe('weights of the method’s core topics (#13)', () => {
  const CORE = [
    'change-management-workstream',
    'change-management-user-involvement',
    'change-management-training-plan',
    'kpis-measurement-defined-kpis',
    'kpis-measurement-baselines',
    'partner-governance-post-go-live',
  ];
  it.each(CORE)('%s weighs at least the average of its area', (id) => {
    const question = questions.get(id);
    const area = questionnaire.questions.filter((q) => q.dimensionId === question?.dimensionId);
    const average = area.reduce((sum, q) => sum + q.weight, 0) / area.length;
    expect(question?.weight).toBeGreaterThanOrEqual(average);
  });
});

describe('words a client reads (#13)', () => {
  it('covers the reviewed files', () => {
    expect(reviewedTexts.length).toBeGreaterThan(500);
  });

  it.each([
    ['an English gloss for the contact center', /contact cent|call cent/i],
    ['"comité de dirección" (the management team) for the project steering committee', /comité de dirección/i],
    [
      'a gendered role title',
      /\b(director|directora|directivo patrocinador|jefe|jefa|delegado|delegada) (comercial|general|financier[oa]|de \p{L}+)/iu,
    ],
    ['a "con + gerundio" calque', /\bcon \p{L}+(ando|iendo|yendo)\b/iu],
    ['an internal word', /semilla|\bseeds?\b/i],
  ])('no Spanish text has %s', (_what, forbidden) => {
    expect(reviewedTexts.filter((t) => forbidden.test(t.es)).map((t) => `${t.where}: ${t.es}`)).toEqual([]);
  });

  it('no English text has an internal word', () => {
    expect(reviewedTexts.filter((t) => /\bseeds?\b/i.test(t.en)).map((t) => t.where)).toEqual([]);
  });

  it('every project steering committee in English is the "comité de seguimiento del proyecto" in Spanish', () => {
    const pairs = reviewedTexts.filter((t) => /steering committee/i.test(t.en));
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((t) => !t.es.includes('comité de seguimiento del proyecto')).map((t) => t.where)).toEqual([]);
  });

  it('names every initiative owner in Spanish as a role, not a gendered title', () => {
    const owners = [...new Set(initiatives.map((i) => i.owner.es))];
    expect(owners.filter((o) => !/^(Dirección|Responsable|Empresa)\b/.test(o))).toEqual([]);
  });
});

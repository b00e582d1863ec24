import { describe, expect, it } from 'vitest';
import {
  buildDecisionSection,
  type DecisionSectionStrings,
} from '~/domain/report/decision-section';
import { summarizeDecision } from '~/domain/decision/summarize-decision';
import { EMPTY_DECISION } from '~/domain/assessment/assessment';
import type { OptionId } from '~/domain/decision/model';
import { criterion, figures, sameFigures, weighted } from '../decision/helpers';

const criteria = [
  { ...criterion('time-to-first-channel', [5, 3, 1, 4]), ...weighted('time-to-first-channel', 5) },
  { ...criterion('fit-to-requirements', [2, 3, 5, 4]), ...weighted('fit-to-requirements', 2) },
];
const defaults = {
  users: 10,
  options: sameFigures(figures({ implementation: 1000, hostingPerYear: 100 })),
};
const tcoDefaults = { micro: defaults, small: defaults, medium: defaults, large: defaults };
const strings: DecisionSectionStrings = {
  title: 'Packaged vs custom',
  rankingHeading: 'Ranking',
  rankingLead: 'Weighted scores.',
  unranked: 'Every weight is 0.',
  rankLabel: '{rank}. {option}',
  outOf: '{value} / 100',
  tcoHeading: 'Total cost of ownership',
  tcoDefaultsNote: 'Indicative figures.',
  summaryCaption: 'One-off and yearly costs ({currency})',
  oneOff: 'One-off',
  yearly: 'Every year',
  total: 'Total over {horizon}',
  horizon: { one: '{years} year', other: '{years} years' },
  colCriterion: 'Criterion',
  pdfReasonsHeading: 'Why {option} comes first',
  pdfReason: '{criterion}: {option} {score} / 5 against {next} {other} / 5 (weight {weight}).',
  sensitivityHeading: 'What would change the answer',
  raiseTo: 'Raise to {weight} (+{change}): {option} would come first',
  lowerTo: 'Lower to {weight} (−{change}): {option} would come first',
  weightNow: 'weight now {weight}',
  sensitivityNoneLead: 'No single weight changes it: {top} leads {next} by {points} points.',
};
const optionNames: Record<OptionId, string> = {
  'packaged-saas': 'Packaged SaaS',
  'packaged-on-premise': 'Packaged on-premise',
  'custom-development': 'Custom development',
  'hybrid-platform': 'Hybrid platform',
};

const CRITERION_NAMES: Record<string, string> = {
  'time-to-first-channel': 'Time to first channel',
  'fit-to-requirements': 'Fit',
};

function build(plan = EMPTY_DECISION, lang = 'en', criterionNames = CRITERION_NAMES) {
  const summary = summarizeDecision({
    criteria,
    plan,
    context: undefined,
    tcoDefaults,
    companySize: undefined,
    defaultCurrency: 'EUR',
  });
  return buildDecisionSection({
    summary,
    optionNames,
    criterionNames,
    strings,
    lang,
  });
}

/** Every text of a section's blocks, flattened. */
function texts(section: ReturnType<typeof build>): string[] {
  return section.blocks.flatMap((b): string[] => {
    if (b.kind === 'heading' || b.kind === 'paragraph') return [b.text];
    if (b.kind === 'bullets') return [...b.items];
    if (b.kind === 'table')
      return [b.caption ?? '', ...b.columns.map((c) => c.header), ...b.rows.flat()];
    return [];
  });
}

describe('the packaged-vs-custom section of the report', () => {
  it('ranks the options and says why the first comes first', () => {
    const all = texts(build());
    expect(all).toContain('1. Packaged SaaS');
    expect(all).toContain('Why Packaged SaaS comes first');
    expect(all).toContain(
      'Time to first channel: Packaged SaaS 5 / 5 against Hybrid platform 4 / 5 (weight 5).',
    );
  });

  it('follows the saved weights: fit alone puts custom development first', () => {
    const all = texts(build({ ...EMPTY_DECISION, weights: { 'time-to-first-channel': 0 } }));
    expect(all).toContain('1. Custom development');
  });

  it('names each weight that alone would put another option first', () => {
    // Packaged SaaS 29, hybrid platform 28: lowering time to 4 only ties (SaaS keeps first place
    // by option order), lowering it to 3 or raising fit to 3 puts the hybrid platform first.
    const all = texts(build());
    expect(all).toContain('What would change the answer');
    expect(all).toContain(
      'Time to first channel (weight now 5): Lower to 3 (−2): Hybrid platform would come first',
    );
    expect(all).toContain('Fit (weight now 2): Raise to 3 (+1): Hybrid platform would come first');
  });

  it('lists the nearest change first, and names a criterion without a name by its id (#14)', () => {
    const all = texts(build(EMPTY_DECISION, 'en', {}));
    const bullets = all.filter((t) => t.includes('would come first'));
    expect(bullets).toEqual([
      'fit-to-requirements (weight now 2): Raise to 3 (+1): Hybrid platform would come first',
      'time-to-first-channel (weight now 5): Lower to 3 (−2): Hybrid platform would come first',
    ]);
  });

  it('with a single ranked option, names no rival and states no lead', () => {
    const summary = summarizeDecision({
      criteria,
      plan: EMPTY_DECISION,
      context: undefined,
      tcoDefaults,
      companySize: undefined,
      defaultCurrency: 'EUR',
    });
    const [first] = summary.ranking.status === 'ranked' ? summary.ranking.options : [];
    if (!first) throw new Error('the example always ranks');
    const alone = {
      ...summary,
      ranking: {
        status: 'ranked' as const,
        totalWeight: 1,
        options: [{ ...first, comparedWith: null, margin: null }],
      },
      sensitivity: { topOptionId: first.optionId, criteria: [] },
    };
    const all = texts(
      buildDecisionSection({
        summary: alone,
        optionNames,
        criterionNames: {},
        strings,
        lang: 'en',
      }),
    );
    expect(all).toContain('1. Packaged SaaS');
    expect(all.some((t) => t.startsWith('No single weight'))).toBe(false);
    expect(all).toContain('time-to-first-channel: Packaged SaaS 5 / 5 against  4 / 5 (weight 5).');
  });

  it.each<[string, string]>([
    ['en', 'No single weight changes it: Packaged SaaS leads Hybrid platform by 34.3 points.'],
    ['es', 'No single weight changes it: Packaged SaaS leads Hybrid platform by 34,3 points.'],
  ])('gives the lead when no single weight would change the answer (%s)', (lang, expected) => {
    // SaaS scored 5 on fit and the hybrid platform 3 on time: SaaS 35 of 35 (100) against
    // 15 + 8 = 23 (65.7); SaaS leads on both criteria, so no weight alone can unseat it.
    const plan = {
      ...EMPTY_DECISION,
      scores: {
        'fit-to-requirements': { 'packaged-saas': 5 },
        'time-to-first-channel': { 'hybrid-platform': 3 },
      },
    };
    const all = texts(build(plan, lang));
    expect(all.filter((t) => t.includes('would come first'))).toEqual([]);
    expect(all).toContain(expected);
  });

  it('lists a ranking of a single option without reasons, comparison or lead', () => {
    const summary = summarizeDecision({
      criteria,
      plan: EMPTY_DECISION,
      context: undefined,
      tcoDefaults,
      companySize: undefined,
      defaultCurrency: 'EUR',
    });
    const [first] = summary.ranking.status === 'ranked' ? summary.ranking.options : [];
    if (summary.ranking.status !== 'ranked' || !first)
      throw new Error('the sample plan ranks the options');
    const alone = { ...first, comparedWith: null, margin: null, decidingCriteria: [] };
    const section = buildDecisionSection({
      summary: {
        ...summary,
        ranking: { ...summary.ranking, options: [alone] },
        sensitivity: { ...summary.sensitivity, criteria: [] },
      },
      optionNames,
      criterionNames: CRITERION_NAMES,
      strings,
      lang: 'en',
    });
    const all = texts(section);
    expect(all).toContain('1. Packaged SaaS');
    expect(all).toContain('Why Packaged SaaS comes first');
    expect(all).toContain('What would change the answer');
    expect(all.filter((t) => t.includes(' against ') || t.includes(' leads '))).toEqual([]);
  });

  it('says when nothing can be ranked', () => {
    const all = texts(
      build({
        ...EMPTY_DECISION,
        weights: { 'time-to-first-channel': 0, 'fit-to-requirements': 0 },
      }),
    );
    expect(all).toContain('Every weight is 0.');
  });

  it.each<[string, string, RegExp]>([
    ['en', 'USD', /\$/],
    ['es', 'EUR', /€/],
  ])('formats costs in the chosen currency (%s, %s)', (lang, currency, symbol) => {
    const all = texts(build({ ...EMPTY_DECISION, tco: { currency, years: 3, figures: {} } }, lang));
    expect(all.some((t) => symbol.test(t))).toBe(true);
    expect(all).toContain('Total over 3 years');
    expect(all.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('says a one-year horizon in the singular', () => {
    const all = texts(build({ ...EMPTY_DECISION, tco: { years: 1, figures: {} } }));
    expect(all).toContain('Total over 1 year');
  });

  it('names a criterion without a name in this language by its id rather than leaving a gap', () => {
    const all = texts(build(EMPTY_DECISION, 'en', { 'fit-to-requirements': 'Fit' }));
    expect(all).toContain(
      'time-to-first-channel: Packaged SaaS 5 / 5 against Hybrid platform 4 / 5 (weight 5).',
    );
    expect(all).toContain(
      'time-to-first-channel (weight now 5): Lower to 3 (−2): Hybrid platform would come first',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { OptionId } from '~/domain/decision/model';
import {
  DEFAULT_TCO_YEARS,
  TCO_LIMITS,
  computeOptionTco,
  computeTco,
  getDefaultTcoInputs,
  toUsers,
  toYears,
} from '~/domain/decision/tco';
import type { Decision, TcoFigures } from '~/domain/schemas/content';
import { figures, sameFigures } from './helpers';

/** Ten users over three years: the figures of a worked example, one set per option. */
const options: Record<OptionId, TcoFigures> = {
  'packaged-saas': figures({
    subscriptionPerUserMonth: 50,
    implementation: 10_000,
    customization: 5_000,
    integration: 8_000,
    dataMigration: 3_000,
    training: 2_000,
    internalStaffPerYear: 20_000,
    upgradesPerYear: 1_000,
  }),
  'packaged-on-premise': figures({
    licencePerUser: 1_000,
    implementation: 20_000,
    customization: 10_000,
    integration: 8_000,
    dataMigration: 3_000,
    training: 2_000,
    internalStaffPerYear: 30_000,
    hostingPerYear: 5_000,
    maintenancePercent: 20,
    upgradesPerYear: 4_000,
  }),
  'custom-development': figures({ implementation: 150_000, internalStaffPerYear: 50_000 }),
  'hybrid-platform': figures({
    subscriptionPerUserMonth: 30,
    implementation: 15_000,
    customization: 2_000,
    internalStaffPerYear: 15_000,
  }),
};

describe('computeTco', () => {
  const result = computeTco({ users: 10, years: 3, options });

  it('adds the one-off costs: licence × users + implementation + customization + integration + migration + training', () => {
    const premise = result.options[1]!;
    expect(premise.oneOffItems).toEqual({
      licences: 10_000,
      implementation: 20_000,
      customization: 10_000,
      integration: 8_000,
      dataMigration: 3_000,
      training: 2_000,
    });
    expect(premise.oneOff).toBe(53_000);
  });

  it('adds the yearly costs: subscriptions × 12 + staff + hosting + maintenance % of licences and customization + upgrades', () => {
    expect(result.options[1]!.yearlyItems).toEqual({
      subscriptions: 0,
      internalStaff: 30_000,
      hosting: 5_000,
      maintenance: 4_000,
      upgrades: 4_000,
    });
    expect(result.options[0]!.yearlyItems.subscriptions).toBe(6_000);
  });

  it.each<[OptionId, number, number, number[]]>([
    ['packaged-saas', 28_000, 27_000, [55_000, 82_000, 109_000]],
    ['packaged-on-premise', 53_000, 43_000, [96_000, 139_000, 182_000]],
    ['custom-development', 150_000, 50_000, [200_000, 250_000, 300_000]],
    ['hybrid-platform', 17_000, 18_600, [35_600, 54_200, 72_800]],
  ])('accumulates %s year by year, one-offs in year 1', (optionId, oneOff, yearly, cumulative) => {
    const option = result.options.find((o) => o.optionId === optionId);
    expect(option).toMatchObject({ oneOff, yearly, cumulative, total: cumulative.at(-1) });
  });

  it('names the cheapest option over the horizon', () => {
    expect(result.cheapestOptionId).toBe('hybrid-platform');
  });

  it('names the first option in option order when totals tie', () => {
    expect(
      computeTco({ users: 5, years: 2, options: sameFigures(figures()) }).cheapestOptionId,
    ).toBe('packaged-saas');
  });

  it('keeps every figure within bounds: NaN and negatives count as 0, huge amounts as the maximum', () => {
    const wild = figures({
      implementation: Number.NaN,
      training: -500,
      integration: Number.POSITIVE_INFINITY,
      hostingPerYear: 1e300,
      maintenancePercent: 250,
      licencePerUser: 10,
    });
    const option = computeOptionTco('packaged-saas', wild, 2, 1);
    expect(option.oneOffItems).toMatchObject({
      implementation: 0,
      training: 0,
      integration: TCO_LIMITS.maxAmount,
    });
    expect(option.yearlyItems).toMatchObject({ hosting: TCO_LIMITS.maxAmount, maintenance: 20 });
  });
});

describe('toYears and toUsers', () => {
  it.each<[number, number]>([
    [3, 3],
    [0, 1],
    [11, 10],
    [2.4, 2],
    [2.5, 3],
    [-3, 1],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 10],
  ])('reads a horizon of %s years as %s', (years, expected) => {
    expect(toYears(years)).toBe(expected);
    expect(computeTco({ users: 1, years, options }).years).toBe(expected);
  });

  it.each<[number, number]>([
    [25, 25],
    [2.5, 2.5],
    [-5, 0],
    [Number.NaN, 0],
    [1e9, TCO_LIMITS.maxUsers],
  ])('reads %s users as %s', (users, expected) => {
    expect(toUsers(users)).toBe(expected);
  });
});

describe('getDefaultTcoInputs', () => {
  const sized = (users: number, implementation: number) => ({
    users,
    options: sameFigures(figures({ implementation })),
  });
  const defaults: Decision['tcoDefaults'] = {
    micro: sized(3, 1),
    small: sized(15, 2),
    medium: sized(80, 3),
    large: sized(400, 4),
  };

  it.each<[string, string | undefined, number, number]>([
    ['the figures of the company size', 'small', 15, 2],
    ['the figures of a large company', 'large', 400, 4],
    ['the medium figures when the size is unknown', undefined, 80, 3],
    ['the medium figures for a size that does not exist', 'huge', 80, 3],
    ['the medium figures for an inherited property name', 'toString', 80, 3],
  ])('gives %s', (_name, size, users, implementation) => {
    const inputs = getDefaultTcoInputs(defaults, size);
    expect(inputs.users).toBe(users);
    expect(inputs.years).toBe(DEFAULT_TCO_YEARS);
    expect(inputs.options['custom-development'].implementation).toBe(implementation);
  });

  it('copies the figures, so editing them never changes the content', () => {
    const inputs = getDefaultTcoInputs(defaults, 'micro');
    (inputs.options['packaged-saas'] as { implementation: number }).implementation = 999;
    expect(defaults.micro.options['packaged-saas'].implementation).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import {
  getNeighbourSteps,
  getStepIds,
  PROFILE_STEP,
  REVIEW_STEP,
  toValidStep,
} from '~/domain/assessment/steps';

const STEPS = getStepIds(['strategy', 'processes', 'technology']);

describe('getStepIds', () => {
  it('puts the profile first, the dimensions in the order given, and the review last', () => {
    expect(STEPS).toEqual(['profile', 'strategy', 'processes', 'technology', 'review']);
    expect([PROFILE_STEP, REVIEW_STEP]).toEqual(['profile', 'review']);
  });

  it('still has a profile and a review with no dimension', () => {
    expect(getStepIds([])).toEqual(['profile', 'review']);
  });
});

describe('toValidStep', () => {
  it.each<[string, string | null | undefined, string]>([
    ['a step that exists', 'processes', 'processes'],
    ['the review', 'review', 'review'],
    // A saved step of a dimension the content no longer has, or a hand-edited URL.
    ['a step that does not exist', 'retired-dimension', 'profile'],
    ['an empty step', '', 'profile'],
    ['no step', null, 'profile'],
    ['an undefined step', undefined, 'profile'],
  ])('keeps %s as %s → %s', (_name, step, expected) => {
    expect(toValidStep(step, STEPS)).toBe(expected);
  });

  it('falls back to the profile when there are no steps at all', () => {
    expect(toValidStep('strategy', [])).toBe(PROFILE_STEP);
  });

  it('falls back to the first step given when the profile is not among them', () => {
    expect(toValidStep('gone', ['strategy', 'review'])).toBe('strategy');
  });
});

describe('getNeighbourSteps', () => {
  it.each<[string, string | null, string | null]>([
    ['profile', null, 'strategy'],
    ['strategy', 'profile', 'processes'],
    ['technology', 'processes', 'review'],
    ['review', 'technology', null],
  ])('gives %s the previous %s and the next %s', (step, previous, next) => {
    expect(getNeighbourSteps(step, STEPS)).toEqual({ previous, next });
  });

  it('gives a step that is not in the list no neighbours', () => {
    expect(getNeighbourSteps('retired-dimension', STEPS)).toEqual({ previous: null, next: null });
  });

  it('gives the only step no neighbours', () => {
    expect(getNeighbourSteps('profile', ['profile'])).toEqual({ previous: null, next: null });
  });
});

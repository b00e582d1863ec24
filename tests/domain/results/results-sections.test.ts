import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RESULTS_SECTIONS,
  isResultsSection,
  toResultsTarget,
  type ResultsTarget,
} from '~/domain/results/results-sections';

describe('toResultsTarget', () => {
  it.each<[string, ResultsTarget | null]>([
    ['#verdict', { section: 'verdict', editor: null }],
    ['#standing', { section: 'standing', editor: null }],
    ['#plan', { section: 'plan', editor: null }],
    ['plan', { section: 'plan', editor: null }],
    ['#downloads', { section: 'downloads', editor: null }],
    ['#initiatives', { section: 'plan', editor: 'initiatives' }],
    ['#kpis', { section: 'kpis', editor: 'kpis' }],
    ['#targets', { section: 'standing', editor: 'targets' }],
    ['#plan-settings', { section: 'plan', editor: 'plan-settings' }],
    ['', null],
    ['#', null],
    ['#q-strategy-vision', null],
    ['#Plan', null],
    ['#constructor', null],
    ['#toString', null],
    ['#%E2%80%A6', null],
  ])('reads %j as %j', (hash, expected) => {
    expect(toResultsTarget(hash)).toEqual(expected);
  });

  it('lands every section on itself, in reading order', () => {
    expect(RESULTS_SECTIONS.map((id) => toResultsTarget(`#${id}`)?.section)).toEqual([
      ...RESULTS_SECTIONS,
    ]);
  });

  it('never throws and lands only on a known section, whatever the fragment', () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const target = toResultsTarget(`#${hash}`);
        expect(target === null || isResultsSection(target.section)).toBe(true);
      }),
    );
  });
});

/** The counts and words a workshop run as a consultant would showed wrong (#18, item 7). */
import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import { formatCount } from '~/i18n/format';
import { describeDimensionDisputed } from '~/islands/workshops/alignment-text';

describe.each([
  ['en', en],
  ['es', es],
] as const)('counts and wording in %s (#18)', (_lang, strings) => {
  it('the dimension summary counts the same compared questions as the table', () => {
    // Six questions, five compared (one only had don't-knows), none disputed: the table says
    // "0 of 5", and so must the summary.
    const text = describeDimensionDisputed(
      { disputedQuestions: 0, comparedQuestions: 5 },
      6,
      strings.workshop,
    );
    expect(text).toMatch(/^0 \D+ 5 /);
    expect(text).not.toContain('6');
    expect(describeDimensionDisputed(undefined, 6, strings.workshop)).toMatch(/^0 \D+ 0 /);
  });

  it('says one question, and many questions, never "question(s)"', () => {
    for (const forms of [
      strings.workshop.acceptConsensus,
      strings.workshop.acceptConsensusLead,
      strings.workshop.acceptConsensusDone,
    ]) {
      expect(formatCount(forms, 1)).not.toMatch(/\(s\)|\(es\)|\{/);
      expect(formatCount(forms, 34)).toContain('34');
      expect(formatCount(forms, 34)).not.toMatch(/\(s\)|\(es\)|\{/);
    }
  });

  it('says one point, not "1 points"', () => {
    expect(strings.presentation.spreadValueOne).not.toBe(strings.presentation.spreadValue);
    expect(strings.report.alignment.point).not.toBe(strings.report.alignment.points);
  });

  it('calls a median a median, with its n, not a "median level 1.5"', () => {
    expect(strings.presentation.statsLine).not.toMatch(/Nivel mediano|Median level/);
    expect(strings.presentation.statsLine).toContain('{count}');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH } from '~/domain/assessment/assessment';
import { checkRunName, suggestRunName } from '~/domain/follow/next-run';

describe('checkRunName', () => {
  it.each<[string, string, string]>([
    ['a plain name', 'Autumn review', 'Autumn review'],
    ['trimmed ends', '  Revisión de otoño \n', 'Revisión de otoño'],
    ['pasted line breaks and tabs as one space', 'Autumn\r\n\treview', 'Autumn review'],
    ['exactly the longest label', 'a'.repeat(MAX_LABEL_LENGTH), 'a'.repeat(MAX_LABEL_LENGTH)],
    ['letters outside the BMP counted as one each', '𝒜'.repeat(MAX_LABEL_LENGTH), '𝒜'.repeat(120)],
  ])('accepts %s', (_name, text, value) => {
    expect(checkRunName(text)).toEqual({ ok: true, value });
  });

  it.each<[string, string, string]>([
    ['nothing', '', 'empty'],
    ['white space only', ' \n\t\u00a0', 'empty'],
    ['one character too many', 'a'.repeat(MAX_LABEL_LENGTH + 1), 'too-long'],
  ])('refuses %s', (_name, text, reason) => {
    expect(checkRunName(text)).toEqual({ ok: false, reason });
  });
});

describe('suggestRunName', () => {
  it('adds the month to a first run’s name', () => {
    expect(suggestRunName({ name: 'Spring review' }, 'December 2026')).toBe(
      'Spring review — December 2026',
    );
  });

  it('replaces the month of a run that was itself started from another', () => {
    expect(
      suggestRunName({ name: 'Review — June 2026', previousId: 'run-1' }, 'diciembre de 2026'),
    ).toBe('Review — diciembre de 2026');
  });

  it('keeps a dash of a first run’s own name', () => {
    expect(suggestRunName({ name: 'CRM — Sales' }, 'June 2027')).toBe('CRM — Sales — June 2027');
  });

  it('keeps the whole name of a later run with no dash, or one at its start', () => {
    expect(suggestRunName({ name: 'Second look', previousId: 'a' }, 'May 2027')).toBe(
      'Second look — May 2027',
    );
    expect(suggestRunName({ name: ' — odd', previousId: 'a' }, 'May 2027')).toBe(
      '— odd — May 2027',
    );
  });

  it('cuts a long name so that the suggestion is a valid label', () => {
    const name = suggestRunName({ name: 'x'.repeat(MAX_LABEL_LENGTH) }, 'September 2027');
    expect(name).toHaveLength(MAX_LABEL_LENGTH);
    expect(name.endsWith(' — September 2027')).toBe(true);
    expect(checkRunName(name).ok).toBe(true);
  });

  it('gives the month alone when the month itself fills the label', () => {
    const when = 'm'.repeat(MAX_LABEL_LENGTH);
    expect(suggestRunName({ name: 'Review' }, when)).toBe(` — ${when}`);
  });
});

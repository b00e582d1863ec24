import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import {
  buildInvitationLink,
  formatDay,
  formatFigure,
  toImportContext,
  toLocalDay,
} from '~/islands/workshops/workshop-format';
import {
  describeAnswer,
  describeConsensus,
  describeExecutiveGap,
  describeRoleGroup,
  describeSpread,
  formatRange,
} from '~/islands/workshops/alignment-text';
import { getLevelStatistics } from '~/domain/workshop/statistics';
import type { QuestionFacts } from '~/islands/types';

describe('days and figures', () => {
  it('formats a yyyy-mm-dd day in each language without shifting it', () => {
    expect(formatDay('2026-11-20', 'en')).toBe('November 20, 2026');
    expect(formatDay('2026-01-01', 'es')).toBe('1 de enero de 2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });

  it('writes the local day of a date as a date input holds it', () => {
    expect(toLocalDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it.each([
    [1.25, 'en', '1.3'],
    [1.25, 'es', '1,3'],
    [6, 'en', '6.0'],
    [null, 'en', '—'],
    [Number.NaN, 'en', '—'],
  ])('formats %s in %s as %s', (value, lang, text) => {
    expect(formatFigure(value, lang, '—')).toBe(text);
  });
});

describe('buildInvitationLink', () => {
  it.each([
    ['https://x.example', '/join/', 'https://x.example/join/#CRMW1.abc'],
    ['https://x.example', '/es/join/', 'https://x.example/es/join/#CRMW1.abc'],
    ['http://127.0.0.1:4321', '/join/', 'http://127.0.0.1:4321/join/#CRMW1.abc'],
  ])('puts the code in the fragment of %s%s', (origin, path, link) => {
    expect(buildInvitationLink(origin, path, 'CRMW1.abc')).toBe(link);
  });
});

describe('toImportContext', () => {
  const fact = (id: string, notApplicable: boolean, critical: boolean): QuestionFacts => ({
    id,
    dimensionId: 'd',
    phase: 'analysis',
    weight: 1,
    critical,
    notApplicable,
  });

  it('knows every question, and allows N/A only where the question does and is not critical', () => {
    const context = toImportContext([
      fact('a', true, false),
      fact('b', false, false),
      fact('c', true, true),
    ]);
    expect([...context.questionIds]).toEqual(['a', 'b', 'c']);
    expect([...context.notApplicableAllowed]).toEqual(['a']);
  });
});

describe.each([
  ['en', en],
  ['es', es],
] as const)('alignment words in %s', (lang, strings) => {
  const s = strings.workshop;
  const split = getLevelStatistics([0, 4, 2, 'dont-know']);

  it('says consensus in words, never only as a flag, naming the declared rule (#18)', () => {
    expect(describeConsensus(true, split, s, 'range')).toContain(s.rules.names.range);
    expect(describeConsensus(null, split, s, 'range')).toBe(s.consensusUnknown);
    const none = describeConsensus(false, split, s, 'interquartile');
    expect(none).toContain(s.rules.names.interquartile);
    expect(none).toContain('0');
    expect(none).toContain('4');
    expect(none).not.toMatch(/\{/);
  });

  it('describes the spread, or that there are too few answers', () => {
    expect(describeSpread(split, s, lang)).toMatch(/0.4.*(1[.,]6).*3/);
    expect(describeSpread(getLevelStatistics([3]), s, lang)).not.toMatch(/\{/);
  });

  it('names answers, role groups and ranges', () => {
    expect(describeAnswer(2, s)).toContain('2');
    expect(describeAnswer('dont-know', s)).toBe(s.dontKnow);
    expect(describeAnswer('not-applicable', s)).toBe(s.notApplicable);
    expect(describeRoleGroup({ roles: ['sales'], pooled: false }, strings.roles, s)).toBe(
      strings.roles.sales,
    );
    const pooled = describeRoleGroup({ roles: ['it', 'finance'], pooled: true }, strings.roles, s);
    expect(pooled).toContain(strings.roles.it);
    expect(pooled).toContain(strings.roles.finance);
    expect(formatRange(1, 3, lang, s)).toBe('1–3');
    expect(formatRange(null, 3, lang, s)).toBe(s.none);
  });

  it('tells which side sees more maturity', () => {
    expect(describeExecutiveGap(null, s, lang)).toBeNull();
    expect(describeExecutiveGap(0.01, s, lang)).toBe(s.executivesSame);
    expect(describeExecutiveGap(1.5, s, lang)).toContain(lang === 'en' ? '1.5' : '1,5');
    expect(describeExecutiveGap(-1.5, s, lang)).not.toBe(describeExecutiveGap(1.5, s, lang));
  });
});

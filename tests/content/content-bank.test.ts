import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import { PHASE_IDS } from '~/domain/scoring/model';

const root = fileURLToPath(new URL('../..', import.meta.url));
const loaded = checkContentFolder(root);
const questionnaire = buildQuestionnaire(loaded.dimensions.map((d) => d.data));

describe('the question bank in content/', () => {
  it('parses with the real schemas and every cross-reference resolves', () => {
    expect(loaded.issues).toEqual([]);
    expect(loaded.meta).not.toBeNull();
    expect(loaded.profile).not.toBeNull();
  });

  it('has the eight required dimensions, and more if any', () => {
    const ids = questionnaire.dimensions.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'strategy',
        'organization',
        'processes',
        'technology',
        'change-management',
        'customer-knowledge',
        'kpis-measurement',
        'partner-governance',
      ]),
    );
  });

  it('has 40 to 70 questions', () => {
    expect(questionnaire.questions.length).toBeGreaterThanOrEqual(40);
    expect(questionnaire.questions.length).toBeLessThanOrEqual(70);
  });

  it.each(PHASE_IDS)('has questions in the %s phase', (phase) => {
    expect(questionnaire.questions.filter((q) => q.phase === phase).length).toBeGreaterThanOrEqual(5);
  });

  it('spreads change management over all three phases', () => {
    const phases = new Set(
      questionnaire.questions.filter((q) => q.dimensionId === 'change-management').map((q) => q.phase),
    );
    expect([...phases].sort()).toEqual([...PHASE_IDS].sort());
  });

  it('has critical questions, never one that allows "not applicable"', () => {
    const critical = questionnaire.questions.filter((q) => q.critical);
    expect(critical.length).toBeGreaterThanOrEqual(4);
    expect(critical.filter((q) => q.notApplicable)).toEqual([]);
  });

  it.each(questionnaire.questions.map((q) => [q.id, q] as const))(
    '%s has five distinct levels in each language and a question mark prompt',
    (_id, question) => {
      for (const lang of ['en', 'es'] as const) {
        const texts = question.levels.map((level) => level[lang]);
        expect(new Set(texts).size).toBe(5);
        expect(question.prompt[lang].trim().endsWith('?')).toBe(true);
      }
      expect(question.prompt.es.trim().startsWith('¿')).toBe(true);
      // A translation is not a copy: the two languages differ.
      expect(question.prompt.es).not.toBe(question.prompt.en);
    },
  );

  it('loads the organization profile with size, sector, CRM situation and the four channels', () => {
    const fields = loaded.profile?.data.fields ?? [];
    expect(fields.map((f) => f.id)).toEqual(['company-size', 'sector', 'crm-situation', 'channels']);
    const options = (id: string) => fields.find((f) => f.id === id)?.options.map((o) => o.id);
    expect(options('company-size')).toEqual(['micro', 'small', 'medium', 'large']);
    expect(options('crm-situation')).toEqual(['none', 'spreadsheets', 'packaged', 'custom']);
    expect(options('channels')).toEqual(['sales-force', 'distribution-channel', 'internet', 'contact-center']);
  });
});

describe('the initiative and KPI libraries', () => {
  const initiatives = loaded.initiatives.map((i) => i.data);
  const kpis = loaded.kpis.map((k) => k.data);

  it('have at least 30 initiatives and 15 KPIs', () => {
    expect(initiatives.length).toBeGreaterThanOrEqual(30);
    expect(kpis.length).toBeGreaterThanOrEqual(15);
  });

  it.each(PHASE_IDS)('have initiatives in the %s phase', (phase) => {
    expect(initiatives.filter((i) => i.phase === phase && !i.changeManagement).length).toBeGreaterThanOrEqual(5);
  });

  it('cover change management, the implementer relationship and all four channels', () => {
    expect(initiatives.filter((i) => i.changeManagement).length).toBeGreaterThanOrEqual(4);
    expect(initiatives.filter((i) => i.dimension === 'partner-governance').length).toBeGreaterThanOrEqual(4);
    expect(new Set(initiatives.flatMap((i) => (i.channel ? [i.channel] : []))).size).toBe(4);
  });

  it('answer every critical question with at least one initiative', () => {
    const triggered = new Set(initiatives.flatMap((i) => i.triggers.map((t) => t.question)));
    const critical = questionnaire.questions.filter((q) => q.critical).map((q) => q.id);
    expect(critical.filter((id) => !triggered.has(id))).toEqual([]);
  });

  it('track every KPI with some initiative', () => {
    const used = new Set(initiatives.flatMap((i) => i.kpis));
    expect(kpis.map((k) => k.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

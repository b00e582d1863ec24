import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '~/domain/report/build-report-document';
import { getReportInput } from './report-fixture';

/** The texts of the summary's blocks, in order. */
function summaryTexts(scan: { asked: number; total: number } | null, lang: 'en' | 'es') {
  const doc = buildReportDocument({ ...getReportInput(lang), scan });
  const summary = doc.sections.find((section) => section.id === 'summary');
  return (summary?.blocks ?? []).map((block) => ('text' in block ? block.text : block.kind));
}

describe('a quick scan’s report (#13)', () => {
  it.each([
    ['en', 'Quick scan: 16 of 57 questions.'],
    ['es', 'Evaluación rápida: 16 de 57 preguntas.'],
  ] as const)('says so in %s right under the summary heading', (lang, label) => {
    const texts = summaryTexts({ asked: 16, total: 57 }, lang);
    expect(texts[1]).toContain(label);
  });

  it('says nothing of the kind for a full assessment', () => {
    const texts = summaryTexts(null, 'en');
    expect(texts.join(' ')).not.toMatch(/Quick scan/);
  });
});

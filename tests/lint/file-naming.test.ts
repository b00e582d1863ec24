/**
 * The file-naming rule (tests/lint/file-naming-rule.js): kebab-case modules, PascalCase components,
 * Astro's page names, tests as `tests/**\/<module>.test.ts`. Stragglers are planted by path.
 */
import { describe, expect, it } from 'vitest';
import { findNamingProblem } from './file-naming-rule.js';
import { lintAt } from './lint-text';

const FIRST_LINT_MS = 60_000;

describe('file names', () => {
  it.each([
    'src/domain/scoring/score-assessment.ts',
    'src/domain/schemas/content.ts',
    'src/islands/wizard/QuestionCard.tsx',
    'src/islands/results/use-palette.ts',
    'src/components/SiteHeader.astro',
    'src/layouts/BaseLayout.astro',
    'src/pages/index.astro',
    'src/pages/404.astro',
    'src/pages/es/workshop/present/index.astro',
    'src/pages/blog/[slug].astro',
    'src/pages/docs/[...path].astro',
    'src/pages/feed.xml.ts',
    'src/env.d.ts',
    'tests/domain/scoring/score-assessment.test.ts',
    'tests/e2e/wizard.e2e.test.ts',
    'tests/e2e/vitest.e2e.config.ts',
    'tests/bench/domain.bench.ts',
    'tests/e2e/run.mjs',
    'eslint.config.js',
    'astro.config.mjs',
  ])('accepts %s', (path) => {
    expect(findNamingProblem(path)).toBeNull();
  });

  it.each([
    ['src/domain/scoring/scoreAssessment.ts', 'should be kebab-case'],
    ['src/domain/scoring/score_assessment.ts', 'should be kebab-case'],
    ['src/stores/Assessments.ts', 'should be kebab-case'],
    ['src/islands/wizard/question-card.tsx', 'should be PascalCase'],
    ['src/islands/wizard/questionCard.tsx', 'should be PascalCase'],
    ['src/components/site_header.astro', 'should be PascalCase'],
    ['src/pages/WorkshopPage.astro', "should follow Astro's routing"],
    ['src/pages/es/My_Page/index.astro', "Folder 'My_Page'"],
    ['src/islands/workshopPresent/SlideView.tsx', "Folder 'workshopPresent'"],
    ['tests/domain/score-assessment.spec.ts', 'should be kebab-case'],
    ['tests/domain/scoreAssessment.test.ts', 'should be kebab-case'],
    ['tests/domain/score-assessment_test.ts', 'should be kebab-case'],
    ['src/domain/scoring/score-assessment.test.ts', 'a test outside tests/'],
  ])('refuses %s (%s)', (path, says) => {
    expect(findNamingProblem(path)).toContain(says);
  });

  it(
    'is on for every file ESLint lints, through the project config',
    async () => {
      expect(
        await lintAt('src/domain/scoring/scoreAssessment.ts', 'export const a = 1;\n'),
      ).toEqual([
        { rule: 'local/file-naming', message: expect.stringContaining('kebab-case') as string },
      ]);
      expect(
        await lintAt('src/islands/wizard/wizard_step.tsx', 'export const A = () => <p>a</p>;\n'),
      ).toEqual([
        { rule: 'local/file-naming', message: expect.stringContaining('PascalCase') as string },
      ]);
      expect(await lintAt('src/domain/scoring/planted-name.ts', 'export const a = 1;\n')).toEqual(
        [],
      );
    },
    FIRST_LINT_MS,
  );
});

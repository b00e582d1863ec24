/**
 * The layer boundaries of eslint.config.js, proved by planted violations: each small source text
 * below is linted as if it were a file of that layer, and must be refused with the layer's message;
 * a compliant file of each layer must pass. Dependencies point one way:
 * pages → islands → stores/adapters → domain.
 */
import { describe, expect, it } from 'vitest';
import { lintAt } from './lint-text';

/** Linting loads the config and parsers once, then each text in a few milliseconds. */
const FIRST_LINT_MS = 60_000;

interface Violation {
  readonly layer: string;
  readonly path: string;
  readonly code: string;
  readonly rule: string;
  /** A part of the message that says what to do instead. */
  readonly says: string;
}

const VIOLATIONS: readonly Violation[] = [
  // The domain: pure, no UI, state, framework, heavy library or outer layer.
  {
    layer: 'domain',
    path: 'src/domain/scoring/planted.ts',
    code: "import { h } from 'preact';\nexport const view = h;",
    rule: 'no-restricted-imports',
    says: 'src/domain is UI-free',
  },
  {
    layer: 'domain',
    path: 'src/domain/scoring/planted.ts',
    code: "import { getCollection } from 'astro:content';\nexport const load = getCollection;",
    rule: 'no-restricted-imports',
    says: 'src/domain must run outside Astro',
  },
  {
    layer: 'domain',
    path: 'src/domain/scoring/planted.ts',
    code: "import { $assessments } from '../../stores/assessments';\nexport const all = $assessments;",
    rule: 'no-restricted-imports',
    says: 'src/domain may not import an outer layer',
  },
  {
    layer: 'domain',
    path: 'src/domain/scoring/planted.ts',
    code: 'export const width = () => window.innerWidth;',
    rule: 'no-restricted-globals',
    says: 'src/domain runs in Node too',
  },
  {
    layer: 'domain',
    path: 'src/domain/scoring/planted.ts',
    code: "export const read = () => globalThis.localStorage.getItem('x');",
    rule: 'no-restricted-properties',
    says: 'Storage goes through src/adapters/storage',
  },
  {
    layer: 'domain',
    path: 'src/domain/report/planted.ts',
    code: "export const load = () => import('jspdf');",
    rule: 'no-restricted-syntax',
    says: 'src/domain imports nothing outside itself except zod',
  },
  // Stores: state and actions, below every UI layer.
  {
    layer: 'stores',
    path: 'src/stores/planted.ts',
    code: "import { WizardApp } from '../islands/wizard/WizardApp';\nexport const app = WizardApp;",
    rule: 'no-restricted-imports',
    says: 'src/stores may not import islands, components or pages',
  },
  {
    layer: 'stores',
    path: 'src/stores/planted.ts',
    code: "import SiteHeader from '~/components/SiteHeader.astro';\nexport const header = SiteHeader;",
    rule: 'no-restricted-imports',
    says: 'src/stores may not import islands, components or pages',
  },
  {
    layer: 'stores',
    path: 'src/stores/planted.ts',
    code: "import Home from 'src/pages/index.astro';\nexport const home = Home;",
    rule: 'no-restricted-imports',
    says: 'src/stores may not import islands, components or pages',
  },
  {
    layer: 'stores',
    path: 'src/stores/planted.ts',
    code: "export const later = () => import('../islands/results/ResultsApp');",
    rule: 'no-restricted-syntax',
    says: 'src/stores may not import islands, components or pages',
  },
  // Adapters: the browser and libraries, knowing no state and no UI.
  {
    layer: 'adapters',
    path: 'src/adapters/chart/planted.ts',
    code: "import { $assessments } from '../../stores/assessments';\nexport const all = $assessments;",
    rule: 'no-restricted-imports',
    says: 'src/adapters may not import stores, islands',
  },
  {
    layer: 'adapters',
    path: 'src/adapters/chart/planted.ts',
    code: "import { ChartCanvas } from '../../islands/results/ChartCanvas';\nexport const c = ChartCanvas;",
    rule: 'no-restricted-imports',
    says: 'src/adapters may not import stores, islands',
  },
  {
    layer: 'adapters',
    path: 'src/adapters/pdf/planted.ts',
    code: "export const later = () => import('../../stores/workshops');",
    rule: 'no-restricted-syntax',
    says: 'src/adapters may not import stores, islands',
  },
  // Islands: no storage, and the heavy libraries only through src/adapters.
  ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
    layer: 'islands',
    path: 'src/islands/wizard/Planted.tsx',
    code: `export const Planted = () => <p>{String(${name})}</p>;`,
    rule: 'no-restricted-globals',
    says: 'Islands do not touch storage',
  })),
  {
    layer: 'islands',
    path: 'src/islands/wizard/Planted.tsx',
    code: "export const Planted = () => <p>{window.localStorage.getItem('x')}</p>;",
    rule: 'no-restricted-properties',
    says: 'Islands do not touch storage',
  },
  {
    layer: 'islands',
    path: 'src/islands/shared/Planted.tsx',
    code:
      "import { readKey } from '../../adapters/storage/browser-storage';\n" +
      'export const Planted = () => <p>{String(readKey)}</p>;',
    rule: 'no-restricted-imports',
    says: 'Islands do not touch storage',
  },
  {
    layer: 'islands',
    path: 'src/islands/shared/planted-hook.ts',
    code:
      "import type { StorageHealth } from '~/adapters/storage/browser-storage';\n" +
      "export const ok: StorageHealth = 'ok';",
    rule: 'no-restricted-imports',
    says: 'Islands do not touch storage',
  },
  {
    layer: 'islands',
    path: 'src/islands/shared/planted-hook.ts',
    code: "export const later = () => import('../../adapters/storage/browser-storage');",
    rule: 'no-restricted-syntax',
    says: 'Islands do not touch storage',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/Planted.tsx',
    code: "import { Chart } from 'chart.js';\nexport const Planted = () => <p>{String(Chart)}</p>;",
    rule: 'no-restricted-imports',
    says: 'Use src/adapters/chart',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/Planted.tsx',
    code: "import Chart from 'chart.js/auto';\nexport const Planted = () => <p>{String(Chart)}</p>;",
    rule: 'no-restricted-imports',
    says: 'reached only through src/adapters',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/Planted.tsx',
    code: "import { jsPDF } from 'jspdf';\nexport const Planted = () => <p>{String(jsPDF)}</p>;",
    rule: 'no-restricted-imports',
    says: 'Use src/adapters/pdf',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/Planted.tsx',
    code: "import autoTable from 'jspdf-autotable';\nexport const Planted = () => <p>{String(autoTable)}</p>;",
    rule: 'no-restricted-imports',
    says: 'reached only through src/adapters',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/use-planted.ts',
    code: "export const later = () => import('jspdf');",
    rule: 'no-restricted-syntax',
    says: 'reached only through src/adapters',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/Planted.tsx',
    code: "import { Document } from 'docx';\nexport const Planted = () => <p>{String(Document)}</p>;",
    rule: 'no-restricted-imports',
    says: 'Use src/adapters/docx',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/use-planted.ts',
    code: "export const later = () => import('docx');",
    rule: 'no-restricted-syntax',
    says: 'reached only through src/adapters',
  },
  // src/data: island modules for their types only.
  {
    layer: 'data',
    path: 'src/data/planted.ts',
    code: "import { toScoringModel } from '../islands/shared/content-facts';\nexport const m = toScoringModel;",
    rule: '@typescript-eslint/no-restricted-imports',
    says: 'src/data imports island modules for their types only',
  },
  {
    layer: 'data',
    path: 'src/data/planted.ts',
    code: "export const later = () => import('../islands/shared/content-facts');",
    rule: 'no-restricted-syntax',
    says: 'src/data imports island modules for their types only',
  },
];

/** What each layer may do: these files must lint clean. */
const COMPLIANT: readonly { layer: string; path: string; code: string }[] = [
  {
    layer: 'domain',
    path: 'src/domain/scoring/planted.ts',
    code:
      "import * as z from 'zod/mini';\nimport { MAX_LEVEL } from './model';\n" +
      'export const LevelSchema = z.number().check(z.maximum(MAX_LEVEL));',
  },
  {
    layer: 'stores',
    path: 'src/stores/planted.ts',
    code:
      "import { atom } from 'nanostores';\n" +
      "import { readKey } from '../adapters/storage/browser-storage';\n" +
      "import { findById } from '../domain/assessment/find-by-id';\n" +
      'export const $planted = atom({ readKey, findById });',
  },
  {
    layer: 'adapters',
    path: 'src/adapters/chart/planted.ts',
    code:
      "import type { ScoringModel } from '../../domain/scoring/model';\n" +
      "export const load = () => import('chart.js');\n" +
      "export const read = () => localStorage.getItem('x');\n" +
      'export type Model = ScoringModel;',
  },
  {
    layer: 'islands',
    path: 'src/islands/results/Planted.tsx',
    code:
      "import { useStore } from '@nanostores/preact';\n" +
      "import { $assessments } from '../../stores/assessments';\n" +
      "import type { StorageHealth } from '../../stores/record-store';\n" +
      "export const render = () => import('../../adapters/pdf/render-report-pdf');\n" +
      'export function Planted({ health }: { health: StorageHealth }) {\n' +
      '  const all = useStore($assessments);\n' +
      '  return <p>{health} {all.length}</p>;\n' +
      '}',
  },
  {
    layer: 'data',
    path: 'src/data/planted.ts',
    code:
      "import type { WizardDimension } from '../islands/types';\n" +
      "import { localize } from '../i18n';\n" +
      'export const first = (d: readonly WizardDimension[]) => d[0];\n' +
      'export const words = localize;',
  },
];

describe('layer boundaries', () => {
  it.each(VIOLATIONS)(
    '$layer: refuses $rule in $path: $code',
    async ({ path, code, rule, says }) => {
      const problems = await lintAt(path, code);
      expect(problems).toContainEqual({ rule, message: expect.stringContaining(says) as string });
    },
    FIRST_LINT_MS,
  );

  it.each(COMPLIANT)(
    '$layer: accepts what the layer may import, in $path',
    async ({ path, code }) => {
      expect(await lintAt(path, code)).toEqual([]);
    },
    FIRST_LINT_MS,
  );

  it('covers every layer with a refusal and a compliant file', () => {
    const layers = ['domain', 'stores', 'adapters', 'islands', 'data'];
    expect(new Set(VIOLATIONS.map((v) => v.layer))).toEqual(new Set(layers));
    expect(new Set(COMPLIANT.map((c) => c.layer))).toEqual(new Set(layers));
  });
});

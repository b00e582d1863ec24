// @ts-check
// ESLint flat config: type-checked TypeScript, Astro, accessible JSX, and the layer boundaries
// (pages → islands → stores/adapters → domain). Prettier's config comes last.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
// @ts-expect-error -- eslint-plugin-jsx-a11y ships no type declarations (typed below).
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** eslint-plugin-jsx-a11y ships no types: declare the one part used here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- untyped plugin, typed just here
const jsxA11yConfigs =
  /** @type {{ flatConfigs: { recommended: import('eslint').Linter.Config } }} */ (
    /** @type {unknown} */ (jsxA11y)
  );

/** Layers the domain must not reach: an import path into one of these folders is refused. */
const OUTER_LAYERS = '(islands|stores|adapters|components|pages)';

export default defineConfig(
  // Generated output, dependencies and reports are not source.
  { ignores: ['dist/', 'node_modules/', '.astro/', 'coverage/', 'tests/.output/'] },

  // ESLint's core recommendations, then typescript-eslint's rules that use type information.
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,

  // Type information for every file comes from tsconfig.json through the project service.
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },

  // Type-only imports are marked `import type` so that verbatimModuleSyntax drops them from bundles.
  {
    files: ['**/*.{ts,tsx,mts,cts,astro}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      // `import { type X }` would keep an empty side-effect import under verbatimModuleSyntax.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },

  // Astro's parser and recommended rules for .astro files and their <script> blocks.
  astro.configs['flat/recommended'],

  // The project service cannot open .astro files or their virtual <script> files, so they get
  // the syntactic rules only (astro check type-checks them).
  {
    files: ['**/*.astro', '**/*.astro/*.{js,ts}'],
    ...tseslint.configs.disableTypeChecked,
  },

  // Preact islands are JSX: check them for accessibility mistakes axe cannot see before hydration.
  { files: ['**/*.tsx'], ...jsxA11yConfigs.flatConfigs.recommended },
  {
    files: ['**/*.tsx'],
    rules: {
      // A scrollable table region must be reachable by keyboard (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },

  // Config files and test/bench scripts run in Node.
  {
    files: ['*.{js,mjs,cjs,ts}', 'tests/**/*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },

  // The domain is pure TypeScript that runs in Node and the browser: no UI, state, framework or
  // heavy library, and no outer layer.
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'preact', message: 'src/domain is UI-free: render in src/islands.' },
            { name: 'nanostores', message: 'src/domain is stateless: state lives in src/stores.' },
            { name: 'chart.js', message: 'Charts belong in src/adapters/chart.' },
            { name: 'jspdf', message: 'PDF rendering belongs in src/adapters/pdf.' },
          ],
          patterns: [
            {
              group: ['preact/*', '@nanostores/*', 'chart.js/*', 'jspdf/*', 'jspdf-*'],
              message: 'src/domain imports nothing outside itself except zod.',
            },
            {
              group: ['astro:*'],
              message: 'src/domain must run outside Astro: pass data in from the page.',
            },
            {
              regex: `^(~/|(\\.\\./)+|(.*/)?src/)${OUTER_LAYERS}(/|$)`,
              message: 'Dependencies point inwards: src/domain may not import an outer layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'window',
          message: 'src/domain runs in Node too: take what you need as a parameter.',
        },
        { name: 'document', message: 'src/domain has no DOM: take what you need as a parameter.' },
        { name: 'localStorage', message: 'Storage goes through src/adapters/storage.' },
        { name: 'sessionStorage', message: 'Storage goes through src/adapters/storage.' },
      ],
    },
  },

  // Islands stay small and lazy: heavy libraries are reached only through src/adapters.
  {
    files: ['src/islands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'chart.js', message: 'Use src/adapters/chart instead of chart.js.' },
            { name: 'jspdf', message: 'Use src/adapters/pdf (dynamic import) instead of jspdf.' },
          ],
          patterns: [
            {
              group: ['chart.js/*', 'jspdf/*', 'jspdf-*'],
              message: 'Chart and PDF libraries are reached only through src/adapters.',
            },
          ],
        },
      ],
    },
  },

  // Formatting is Prettier's job: switch off every stylistic rule that could disagree with it.
  prettier,
);

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
import localRules from './tests/lint/file-naming-rule.js';

/** eslint-plugin-jsx-a11y ships no types: declare the one part used here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- untyped plugin, typed just here
const jsxA11yConfigs =
  /** @type {{ flatConfigs: { recommended: import('eslint').Linter.Config } }} */ (
    /** @type {unknown} */ (jsxA11y)
  );

/**
 * An import path into one of the given folders of src/, written from anywhere in src/: relative
 * (`../stores/x`, `../../islands/x`), through the `~/` alias, or from the root (`src/pages/x`).
 * @param {string[]} folders folder paths under src/, such as 'islands' or 'adapters/storage'
 */
const intoFolders = (folders) => `^(~/|(\\.\\./)+|(\\./)?(.*/)?src/)(${folders.join('|')})(/|$)`;

/** Layers the domain must not reach: an import path into one of these folders is refused. */
const OUTER_LAYERS = intoFolders(['islands', 'stores', 'adapters', 'components', 'pages']);

/**
 * Chart.js, jsPDF and docx: heavy, and reached only through src/adapters (jsPDF and docx by
 * dynamic import).
 */
const HEAVY_LIBRARIES = '^(chart\\.js|jspdf|docx)(/|$)|^jspdf-';

/**
 * The same refusal for a dynamic `import('…')`, which `no-restricted-imports` does not see.
 * @param {string} regex the import paths refused
 * @param {string} message what to do instead
 */
const noDynamicImport = (regex, message) => ({
  selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
  message,
});

/**
 * Refuses storage reached as a property (`window.localStorage`, `globalThis.indexedDB`), which
 * `no-restricted-globals` does not see.
 * @param {string} message what to do instead
 */
const noStorageProperties = (message) =>
  ['window', 'globalThis', 'self'].flatMap((object) =>
    ['localStorage', 'sessionStorage', 'indexedDB'].map((property) => ({
      object,
      property,
      message,
    })),
  );

/** Refuses the browser's storage globals. @param {string} message what to do instead */
const noStorageGlobals = (message) =>
  ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({ name, message }));

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

  // One naming rule for every file: kebab-case modules, PascalCase components, Astro's page names,
  // tests as `tests/**/<module>.test.ts` (tests/lint/file-naming-rule.js says it in full).
  {
    plugins: { local: localRules },
    rules: { 'local/file-naming': 'error' },
  },

  // Config files, local lint rules and test/bench scripts run in Node.
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
            { name: 'docx', message: 'Word rendering belongs in src/adapters/docx.' },
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
              regex: OUTER_LAYERS,
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
        ...noStorageGlobals('Storage goes through src/adapters/storage.'),
      ],
      'no-restricted-properties': [
        'error',
        ...noStorageProperties('Storage goes through src/adapters/storage.'),
      ],
      'no-restricted-syntax': [
        'error',
        noDynamicImport(HEAVY_LIBRARIES, 'src/domain imports nothing outside itself except zod.'),
        noDynamicImport(
          OUTER_LAYERS,
          'Dependencies point inwards: src/domain may not import an outer layer.',
        ),
      ],
    },
  },

  // Stores hold state and actions for the islands: they never reach up into a UI layer.
  {
    files: ['src/stores/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: intoFolders(['islands', 'components', 'pages']),
              message:
                'src/stores may not import islands, components or pages: they import stores.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noDynamicImport(
          intoFolders(['islands', 'components', 'pages']),
          'src/stores may not import islands, components or pages: they import stores.',
        ),
      ],
    },
  },

  // Adapters wrap the browser and libraries for the layers above: they know no state and no UI.
  {
    files: ['src/adapters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: intoFolders(['stores', 'islands', 'components', 'pages']),
              message: 'src/adapters may not import stores, islands, components or pages.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noDynamicImport(
          intoFolders(['stores', 'islands', 'components', 'pages']),
          'src/adapters may not import stores, islands, components or pages.',
        ),
      ],
    },
  },

  // Islands render and dispatch: storage goes through src/stores, and the heavy libraries are
  // reached only through src/adapters, so they stay out of the first load.
  {
    files: ['src/islands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'chart.js', message: 'Use src/adapters/chart instead of chart.js.' },
            { name: 'jspdf', message: 'Use src/adapters/pdf (dynamic import) instead of jspdf.' },
            { name: 'docx', message: 'Use src/adapters/docx (dynamic import) instead of docx.' },
          ],
          patterns: [
            {
              group: ['chart.js/*', 'jspdf/*', 'jspdf-*'],
              message: 'Chart and PDF libraries are reached only through src/adapters.',
            },
            {
              regex: intoFolders(['adapters/storage']),
              message: 'Islands do not touch storage: use the stores in src/stores.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...noStorageGlobals('Islands do not touch storage: use the stores in src/stores.'),
      ],
      'no-restricted-properties': [
        'error',
        ...noStorageProperties('Islands do not touch storage: use the stores in src/stores.'),
      ],
      'no-restricted-syntax': [
        'error',
        noDynamicImport(
          HEAVY_LIBRARIES,
          'Chart and PDF libraries are reached only through src/adapters.',
        ),
        noDynamicImport(
          intoFolders(['adapters/storage']),
          'Islands do not touch storage: use the stores in src/stores.',
        ),
      ],
    },
  },

  // src/data turns content into the islands' props: it may name their prop types, but importing
  // island code would run it at build time in Astro's frontmatter.
  {
    files: ['src/data/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: intoFolders(['islands']),
              allowTypeImports: true,
              message: 'src/data imports island modules for their types only (`import type`).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noDynamicImport(
          intoFolders(['islands']),
          'src/data imports island modules for their types only (`import type`).',
        ),
      ],
    },
  },

  // Formatting is Prettier's job: switch off every stylistic rule that could disagree with it.
  prettier,
);

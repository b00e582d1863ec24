// @ts-check
/**
 * The project's one file-naming rule, checked on every file ESLint lints (its name and folders):
 * - pages (`src/pages/`) follow Astro's routing: lower-case kebab-case, `index`, `404`, or a
 *   `[param]` / `[...rest]` segment; an endpoint may add its output extension (`feed.xml.ts`);
 * - components (`.tsx`, and `.astro` outside `src/pages/`) are PascalCase, one component per file;
 * - every other module (`.ts`, `.js`, `.mjs`…) is kebab-case, named for its one job, with an
 *   optional role: `.test`, `.e2e.test`, `.bench`, `.config`, `.e2e.config`, `.d`;
 * - a test is `<module>.test.ts` and lives in `tests/`, the only place Vitest looks for one;
 * - folders are kebab-case.
 */
import { relative, sep } from 'node:path';

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PASCAL = '[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*';
const ROUTE_SEGMENT = `(?:${KEBAB}|\\[(?:\\.\\.\\.)?[a-zA-Z]+\\])`;

const COMPONENT_FILE = new RegExp(`^${PASCAL}\\.(?:tsx|astro)$`);
const MODULE_FILE = new RegExp(
  `^${KEBAB}(?:\\.(?:test|e2e\\.test|bench|config|e2e\\.config|d))?\\.(?:ts|mts|cts|js|mjs|cjs)$`,
);
const PAGE_FILE = new RegExp(`^${ROUTE_SEGMENT}(?:\\.(?:xml|json|txt))?\\.(?:astro|ts|js)$`);
const FOLDER = new RegExp(`^${KEBAB}$`);
const PAGE_FOLDER = new RegExp(`^${ROUTE_SEGMENT}$`);
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/**
 * What is wrong with a file's path, or null when it follows the rule.
 * @param {string} path the file's path from the project root, with `/` separators
 * @returns {string | null}
 */
export function findNamingProblem(path) {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  const inPages = path.startsWith('src/pages/');
  for (const folder of parts) {
    const allowed = inPages ? PAGE_FOLDER.test(folder) : FOLDER.test(folder);
    if (!allowed) return `Folder '${folder}' should be kebab-case (lower-case words and hyphens).`;
  }
  if (TEST_FILE.test(name) && parts[0] !== 'tests') {
    return `'${name}' is a test outside tests/: Vitest runs only tests/**/<module>.test.ts.`;
  }
  if (inPages) {
    return PAGE_FILE.test(name)
      ? null
      : `Page '${name}' should follow Astro's routing: kebab-case, index, 404 or [param].`;
  }
  if (/\.(tsx|astro)$/.test(name)) {
    return COMPONENT_FILE.test(name)
      ? null
      : `Component '${name}' should be PascalCase, e.g. 'QuestionCard.tsx'.`;
  }
  return MODULE_FILE.test(name)
    ? null
    : `Module '${name}' should be kebab-case, e.g. 'score-assessment.ts' or ` +
        `'score-assessment.test.ts'.`;
}

/** @type {import('eslint').Rule.RuleModule} */
const fileNaming = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File and folder names follow the project convention.' },
    schema: [],
    messages: { badName: '{{problem}}' },
  },
  create(context) {
    const path = relative(context.cwd, context.filename).split(sep).join('/');
    // Text passed without a file name, or a file outside the project, has no name to check.
    // A <script> of an .astro file is linted as a virtual `X.astro/0_0.ts`: its component is named.
    if (path.startsWith('..') || path.includes('.astro/')) return {};
    if (!/\.[cm]?[jt]sx?$|\.astro$/.test(path)) return {};
    return {
      Program(node) {
        const problem = findNamingProblem(path);
        if (problem) context.report({ node, messageId: 'badName', data: { problem } });
      },
    };
  },
};

/** The local plugin: `local/file-naming`. */
export default { meta: { name: 'local' }, rules: { 'file-naming': fileNaming } };

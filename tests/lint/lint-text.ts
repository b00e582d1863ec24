/**
 * Lints a small source text as if it were a file at a given path of the project, with the
 * project's own eslint.config.js. The rules that need type information are switched off: the
 * layer and naming rules read only the syntax and the path, and a planted file is not on disk.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: false } } },
  ],
});

/** A reported problem, reduced to what a test compares. */
export interface LintProblem {
  readonly rule: string | null;
  readonly message: string;
}

/**
 * The problems ESLint reports for `code` placed at `path` (relative to the project root).
 * @param path where the planted file would live, e.g. 'src/islands/wizard/Planted.tsx'
 */
export async function lintAt(path: string, code: string): Promise<LintProblem[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

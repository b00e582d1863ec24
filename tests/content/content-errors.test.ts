/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-assignment --
   these tests break parsed YAML on purpose: its shape is exactly what is under test. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { assertContentIsValid, checkContentFolder } from '~/build/content-check';

const root = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML of any shape
type Doc = Record<string, any>;

/** Copies content/ into a temporary project root and applies one change to one file. */
function brokenCopy(file: string, change: (doc: Doc) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const path = join(dir, file);
  const doc = parse(readFileSync(path, 'utf8')) as Doc;
  change(doc);
  writeFileSync(path, stringify(doc));
  return dir;
}

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a broken content file is reported with its file and field', () => {
  it.each<[string, string, (doc: Doc) => void, string, RegExp]>([
    [
      'a missing Spanish translation',
      'content/dimensions/strategy.yaml',
      (d) => delete d.questions[2].prompt.es,
      'questions[2].prompt.es',
      /Spanish text is missing/,
    ],
    [
      'an empty English level',
      'content/dimensions/processes.yaml',
      (d) => (d.questions[0].levels[3].en = '  '),
      'questions[0].levels[3].en',
      /English text is empty/,
    ],
    [
      'four levels instead of five',
      'content/dimensions/technology.yaml',
      (d) => d.questions[1].levels.pop(),
      'questions[1].levels',
      /exactly five levels/,
    ],
    [
      'a question phase outside its dimension',
      'content/dimensions/strategy.yaml',
      (d) => (d.questions[0].phase = 'action'),
      'questions[0].phase',
      /not one of this dimension's phases/,
    ],
    [
      'an unknown phase',
      'content/dimensions/strategy.yaml',
      (d) => (d.phases = ['analysis', 'execution']),
      'phases[1]',
      /Invalid enum value/,
    ],
    [
      'a question id from another dimension',
      'content/dimensions/organization.yaml',
      (d) => (d.questions[0].id = 'strategy-executive-sponsor'),
      'questions[0].id',
      /must start with "organization-"/,
    ],
    [
      'a dimension id that does not match its file',
      'content/dimensions/organization.yaml',
      (d) => {
        d.id = 'people';
        d.questions.forEach((q: Doc) => (q.id = String(q.id).replace('organization-', 'people-')));
      },
      'id',
      /must equal the file name/,
    ],
    [
      'a critical question that allows N/A',
      'content/dimensions/strategy.yaml',
      (d) => {
        const q = d.questions.find((x: Doc) => x.critical);
        q.notApplicable = true;
      },
      'questions[1].notApplicable',
      /critical question cannot allow/,
    ],
    [
      'an unknown field (a typo)',
      'content/dimensions/strategy.yaml',
      (d) => (d.questions[0].wieght = 2),
      'questions[0]',
      /Unrecognized key/,
    ],
    [
      'a weight out of range',
      'content/dimensions/strategy.yaml',
      (d) => (d.weight = 5),
      'weight',
      /less than or equal to 3/,
    ],
  ])('%s', (_name, file, change, path, message) => {
    const { issues } = checkContentFolder(brokenCopy(file, change));
    const issue = issues.find((i) => i.file === file && i.path === path);
    expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it.each<[string, string, (doc: Doc) => void, string, RegExp]>([
    [
      'a trigger on a question that does not exist',
      'content/initiatives/adoption-tracking.yaml',
      (d) => (d.triggers = [{ question: 'strategy-no-such-question', atOrBelow: 2 }]),
      'triggers[0].question',
      /unknown question "strategy-no-such-question"/,
    ],
    [
      'a KPI that does not exist',
      'content/initiatives/adoption-tracking.yaml',
      (d) => (d.kpis = ['crm-adoption-rate', 'happiness-index']),
      'kpis[1]',
      /unknown KPI "happiness-index"/,
    ],
    [
      'a dependency on an initiative that does not exist',
      'content/initiatives/adoption-tracking.yaml',
      (d) => (d.dependsOn = ['build-a-rocket']),
      'dependsOn[0]',
      /unknown initiative "build-a-rocket"/,
    ],
    [
      'an unknown dimension',
      'content/initiatives/adoption-tracking.yaml',
      (d) => (d.dimension = 'astrology'),
      'dimension',
      /unknown dimension "astrology"/,
    ],
    [
      'a KPI without its Spanish name',
      'content/kpis/crm-adoption-rate.yaml',
      (d) => delete d.name.es,
      'name.es',
      /Spanish text is missing/,
    ],
  ])('reports %s in the libraries', (_name, file, change, path, message) => {
    const { issues } = checkContentFolder(brokenCopy(file, change));
    const issue = issues.find((i) => i.file === file && i.path === path);
    expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('names the dependency cycle that the initiatives make', () => {
    // core-platform-configuration is a prerequisite of adoption-tracking: closing the loop is a cycle.
    const dir = brokenCopy('content/initiatives/core-platform-configuration.yaml', (d) => {
      d.dependsOn = [...(d.dependsOn as string[]), 'adoption-tracking'];
    });
    const { issues } = checkContentFolder(dir);
    const cycle = issues.find((i) => i.message.startsWith('dependency cycle:'));
    expect(cycle?.message).toMatch(/adoption-tracking → core-platform-configuration|core-platform-configuration → adoption-tracking/);
    expect(cycle?.path).toBe('dependsOn');
  });

  it('reports a question id used in two files, naming both', () => {
    const dir = brokenCopy('content/dimensions/technology.yaml', (d) => {
      d.questions[0].id = 'technology-x';
    });
    // Put the same id into a second file.
    const other = join(dir, 'content/dimensions/processes.yaml');
    const doc = parse(readFileSync(other, 'utf8')) as Doc;
    doc.questions.push({ ...doc.questions[0], id: 'processes-documented' });
    writeFileSync(other, stringify(doc));
    const { issues } = checkContentFolder(dir);
    expect(issues.some((i) => i.message.includes('duplicate question id "processes-documented"'))).toBe(true);
  });

  it('refuses a retired id being used again', () => {
    const dir = brokenCopy('content/meta.yaml', (d) => (d.retiredIds = ['strategy-executive-sponsor']));
    const { issues } = checkContentFolder(dir);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'content/dimensions/strategy.yaml', message: expect.stringMatching(/retired id/) }),
    );
  });

  it('reports a file that is not YAML at all', () => {
    const dir = brokenCopy('content/meta.yaml', () => undefined);
    writeFileSync(join(dir, 'content/dimensions/strategy.yaml'), 'id: [unclosed\n  - nope: :\n');
    const { issues } = checkContentFolder(dir);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'content/dimensions/strategy.yaml', message: expect.stringMatching(/not valid YAML/) }),
    );
  });

  it('throws one message listing the file and field, which stops the build', () => {
    const dir = brokenCopy('content/dimensions/strategy.yaml', (d) => delete d.title.es);
    expect(() => assertContentIsValid(dir)).toThrow(/content\/dimensions\/strategy\.yaml → title\.es: the Spanish text is missing/);
    expect(() => assertContentIsValid(root)).not.toThrow();
  });
});

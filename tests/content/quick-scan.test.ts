/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-assignment --
   these tests break parsed YAML on purpose: its shape is exactly what is under test. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import { estimateTime } from '~/domain/content/estimate-time';
import { getAssessedDimensions } from '~/domain/assessment/assessment-mode';

const root = fileURLToPath(new URL('../..', import.meta.url));
const loaded = checkContentFolder(root);
const questionnaire = buildQuestionnaire(loaded.dimensions.map((d) => d.data));
const quickIds = loaded.quickScan?.data.questions ?? [];
const quickQuestions = getAssessedDimensions(questionnaire.dimensions, 'quick', quickIds).flatMap(
  (d) => d.questions,
);
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML of any shape
type Doc = Record<string, any>;

/** Copies content/ into a temporary project root and applies one change to one file. */
function brokenCopy(file: string, change: (doc: Doc) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'quick-scan-'));
  made.push(dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const path = join(dir, file);
  const doc = parse(readFileSync(path, 'utf8')) as Doc;
  change(doc);
  writeFileSync(path, stringify(doc));
  return dir;
}

describe('the quick scan in content/quick-scan.yaml (#13)', () => {
  it('loads, and every id it lists is a question', () => {
    expect(loaded.issues).toEqual([]);
    expect(quickQuestions.map((q) => q.id).sort()).toEqual([...quickIds].sort());
  });

  it('holds every critical question and about 15–18 questions in all', () => {
    const critical = questionnaire.questions.filter((q) => q.critical).map((q) => q.id);
    expect(quickIds).toEqual(expect.arrayContaining(critical));
    expect(quickIds.length).toBeGreaterThanOrEqual(15);
    expect(quickIds.length).toBeLessThanOrEqual(18);
  });

  // An area with one gate adds its most telling other question; an area with two or more gates
  // is told by them (objectives and leadership alignment), which keeps the scan a quarter of an hour.
  it('asks every area its most telling question: one that is not a gate, unless it has two gates', () => {
    for (const dimension of questionnaire.dimensions) {
      const asked = dimension.questions.filter((q) => quickIds.includes(q.id));
      const gates = asked.filter((q) => q.critical).length;
      expect(asked.length, dimension.id).toBeGreaterThan(0);
      if (gates < 2) expect(asked.length - gates, dimension.id).toBeGreaterThan(0);
    }
  });

  it('stays within 2,500 words in English and a quarter of an hour in both languages', () => {
    const en = estimateTime(quickQuestions, 'en');
    const es = estimateTime(quickQuestions, 'es');
    const full = estimateTime(questionnaire.questions, 'en');
    console.info(
      `Quick scan: ${en.questions} questions, ${en.words} words in English (${es.words} in Spanish), ` +
        `about ${en.minutes} min (${es.minutes} in Spanish); full assessment: ${full.questions} ` +
        `questions, ${full.words} words, about ${full.minutes} min.`,
    );
    expect(en.words).toBeLessThanOrEqual(2500);
    expect(en.seconds).toBeLessThanOrEqual(15 * 60);
    expect(es.seconds).toBeLessThanOrEqual(15 * 60);
    expect(full.minutes).toBeGreaterThan(en.minutes);
  });
});

describe('a broken quick scan stops the build with its file and field (#13)', () => {
  it.each<[string, string, (doc: Doc) => void, string, RegExp]>([
    [
      'an id that is no question',
      'content/quick-scan.yaml',
      (d) => d.questions.push('strategy-no-such-question'),
      `questions[${quickIds.length}]`,
      /unknown question "strategy-no-such-question"/,
    ],
    [
      'an id listed twice',
      'content/quick-scan.yaml',
      (d) => d.questions.push(d.questions[0]),
      `questions[${quickIds.length}]`,
      /listed twice/,
    ],
    [
      'a critical question left out',
      'content/quick-scan.yaml',
      (d) => (d.questions = d.questions.filter((id: string) => id !== 'strategy-executive-sponsor')),
      'questions',
      /critical question "strategy-executive-sponsor" .* is missing/,
    ],
    [
      // Any question made critical later must join the quick scan: the rule is not a fixed list.
      'a question made critical but not listed',
      'content/dimensions/technology.yaml',
      (d) => (d.questions.find((q: Doc) => !quickIds.includes(String(q.id))).critical = true),
      'questions',
      /critical question "technology-[a-z-]+" \(content\/dimensions\/technology\.yaml\) is missing/,
    ],
    [
      'an area with no question',
      'content/quick-scan.yaml',
      (d) => (d.questions = d.questions.filter((id: string) => !id.startsWith('kpis-'))),
      'questions',
      /area "kpis-measurement" .* has no question/,
    ],
  ])('%s', (_name, file, change, path, message) => {
    const { issues } = checkContentFolder(brokenCopy(file, change));
    const issue = issues.find((i) => i.file === 'content/quick-scan.yaml' && i.path === path);
    expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('reports a missing quick-scan file', () => {
    const dir = brokenCopy('content/meta.yaml', () => undefined);
    rmSync(join(dir, 'content/quick-scan.yaml'));
    const { issues } = checkContentFolder(dir);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'content/quick-scan.yaml', message: expect.stringMatching(/is missing/) }),
    );
  });
});

/**
 * The coverage gate's own rules and message: when every test passes but coverage falls short,
 * `npm test` names each gated file that is short, with the figure it has and the one it needs.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COVERAGE_DEBT,
  COVERAGE_GATE,
  findShortfalls,
  getTarget,
  toVitestThresholds,
} from '../coverage-gate.mjs';

const ROOT = '/repo/';
const covered = (lines: number, branches: number, total = 10) => ({
  lines: { pct: lines, total },
  branches: { pct: branches, total },
});

describe('the coverage gate', () => {
  it('holds the domain to every line and branch, the stores and the storage adapters to 95 %', () => {
    expect(COVERAGE_GATE).toEqual([
      { folder: 'src/domain/', lines: 100, branches: 100 },
      { folder: 'src/stores/', lines: 95, branches: 95 },
      { folder: 'src/adapters/storage/', lines: 95, branches: 95 },
    ]);
  });

  it.each([
    ['a domain file', 'src/domain/scoring/new-rule.ts', { lines: 100, branches: 100 }],
    ['a store', 'src/stores/new-store.ts', { lines: 95, branches: 95 }],
    ['an island (measured, not gated)', 'src/islands/wizard/WizardApp.tsx', null],
    ['a storage adapter', 'src/adapters/storage/indexed-db.ts', { lines: 95, branches: 95 }],
    ['an adapter (measured, not gated)', 'src/adapters/pdf/shapes.ts', null],
  ])('asks of %s what its folder asks', (_name, path, target) => {
    expect(getTarget(path)).toEqual(target);
  });

  it('holds a file still in debt to the figure it had, never below the gate of another folder', () => {
    for (const [path, target] of Object.entries(COVERAGE_DEBT)) {
      const gate = COVERAGE_GATE.find((g) => path.startsWith(g.folder));
      expect(gate, path).toBeDefined();
      expect(getTarget(path)).toEqual(target);
      expect(target.lines <= gate!.lines && target.branches <= gate!.branches, path).toBe(true);
    }
  });

  it('names each file that falls short, with what it has and what it needs', () => {
    const summary = {
      total: covered(40, 30),
      '/repo/src/domain/assessment/steps.ts': covered(100, 90),
      '/repo/src/domain/assessment/progress.ts': covered(0, 0),
      '/repo/src/domain/scoring/score-assessment.ts': covered(100, 100),
      '/repo/src/stores/assessments.ts': covered(94.5, 97),
      '/repo/src/islands/wizard/WizardApp.tsx': covered(0, 0),
      // Types only: nothing to cover, though the report says 0 %.
      '/repo/src/domain/report/report-input.ts': covered(0, 0, 0),
    };
    expect(findShortfalls(summary, ROOT)).toEqual([
      'src/domain/assessment/steps.ts: branches 90 % (needs 100 %)',
      'src/domain/assessment/progress.ts: lines 0 % (needs 100 %), branches 0 % (needs 100 %)',
      'src/stores/assessments.ts: lines 94.5 % (needs 95 %)',
    ]);
  });

  it("gives Vitest one threshold per gated file of this repository, each at the file's target", () => {
    const thresholds = toVitestThresholds(fileURLToPath(new URL('../..', import.meta.url)));
    expect(thresholds['perFile']).toBe(true);
    expect(thresholds['src/domain/assessment/steps.ts']).toEqual({ lines: 100, branches: 100 });
    expect(thresholds['src/stores/assessments.ts']).toEqual({ lines: 95, branches: 95 });
    for (const [path, target] of Object.entries(COVERAGE_DEBT)) {
      expect(thresholds[path], path).toEqual(target);
    }
    expect(Object.keys(thresholds).some((key) => key.startsWith('src/islands/'))).toBe(false);
  });
});

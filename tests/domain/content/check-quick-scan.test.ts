import { describe, expect, it } from 'vitest';
import { checkQuickScan } from '~/domain/content/check-quick-scan';
import { checkContent } from '~/domain/content/check-content';
import type { Dimension } from '~/domain/schemas/content';

const text = { en: 'x', es: 'x' };
/** A tiny area with questions; the ids in `critical` are gates. */
function dimension(id: string, questionIds: string[], critical: string[] = []) {
  return {
    file: `content/dimensions/${id}.yaml`,
    data: {
      id,
      order: id.length,
      phases: ['analysis'],
      weight: 2,
      title: text,
      summary: text,
      questions: questionIds.map((q) => ({
        id: q,
        weight: 2,
        critical: critical.includes(q),
        notApplicable: false,
        prompt: text,
        why: text,
        levels: [text, text, text, text, text],
      })),
    } satisfies Dimension,
  };
}
const dimensions = [
  dimension('strategy', ['strategy-a', 'strategy-b'], ['strategy-a']),
  dimension('data', ['data-a', 'data-b'], ['data-b']),
];
const scan = (questions: string[]) => ({ file: 'content/quick-scan.yaml', data: { questions } });

describe('checkQuickScan (#13)', () => {
  it('accepts every critical question plus one per area', () => {
    expect(checkQuickScan(scan(['strategy-a', 'data-b', 'data-a']), dimensions)).toEqual([]);
  });

  it.each<[string, string[], string, RegExp]>([
    ['an unknown id', ['strategy-a', 'data-b', 'nope'], 'questions[2]', /unknown question "nope"/],
    [
      'a critical question left out',
      ['strategy-a', 'data-a'],
      'questions',
      /critical question "data-b" \(content\/dimensions\/data\.yaml\) is missing/,
    ],
    [
      'an area with no question',
      ['strategy-a', 'strategy-b'],
      'questions',
      /area "data" .* has no question in the quick scan/,
    ],
  ])('reports %s with the file and field', (_name, ids, path, message) => {
    const issues = checkQuickScan(scan(ids), dimensions);
    expect(issues).toContainEqual({
      file: 'content/quick-scan.yaml',
      path,
      message: expect.stringMatching(message) as string,
    });
  });

  it('runs with the other cross-file checks when the quick scan is loaded', () => {
    const meta = { file: 'content/meta.yaml', data: { contentVersion: 1, retiredIds: [] } };
    expect(checkContent({ meta, dimensions, quickScan: scan(['strategy-a']) })).toHaveLength(2);
    expect(checkContent({ meta, dimensions })).toEqual([]);
  });
});

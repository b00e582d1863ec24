import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getConsensusRule } from '~/domain/workshop/consensus-rule';
import { serializeWorkshopFile, tryParseWorkshopFile } from '~/domain/workshop/workshop-backup';

const v1 = readFileSync(
  new URL('../../fixtures/workshop/v1/workshop.json', import.meta.url),
  'utf8',
);

function read(text: string) {
  const result = tryParseWorkshopFile(text);
  if (!result.ok) throw new Error(result.detail);
  return result.workshop;
}

describe('the consensus rule in stored workshops (#18)', () => {
  it('a workshop stored before rules existed reads unchanged, with the range rule it always used', () => {
    const old = read(v1);
    expect(old.consensusRule).toBeUndefined();
    expect(getConsensusRule(old)).toBe('range');
    // Nothing saved is lost: written back and read again, it is the same workshop.
    expect(read(serializeWorkshopFile(old))).toEqual(old);
  });

  it('a chosen rule is kept through saving and reading', () => {
    const chosen = { ...read(v1), consensusRule: 'near-median' as const };
    expect(read(serializeWorkshopFile(chosen)).consensusRule).toBe('near-median');
  });

  it('an unknown rule is refused as damaged, not guessed', () => {
    const file = JSON.parse(v1) as { workshop: Record<string, unknown> };
    file.workshop['consensusRule'] = 'majority';
    expect(tryParseWorkshopFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
  });
});

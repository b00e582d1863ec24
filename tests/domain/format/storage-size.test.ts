import { describe, expect, it } from 'vitest';
import { formatByteSize, toStorageEstimateWords } from '../../../src/domain/format/storage-size';

describe('formatByteSize', () => {
  it.each([
    [0, 'en', '0 bytes'],
    [1, 'en', '1 byte'],
    [512, 'es', '512 bytes'],
    [999, 'en', '999 bytes'],
    [1000, 'en', '1 KB'],
    [1536, 'en', '1.5 KB'],
    [1536, 'es', '1,5 KB'],
    [45_300, 'en', '45 KB'],
    [999_700, 'en', '1 MB'],
    [1_234_567, 'en', '1.2 MB'],
    [1_234_567, 'es', '1,2 MB'],
    [9_960_000, 'en', '10 MB'],
    [300_000_000, 'es', '300 MB'],
    [2_500_000_000, 'en', '2.5 GB'],
    [2_500_000_000, 'es', '2,5 GB'],
    [120_000_000_000, 'en', '120 GB'],
    [1_500_000_000_000, 'en', '1,500 GB'],
    [1_500_000_000_000, 'es', '1500 GB'],
  ])('writes %d bytes in %s as “%s”', (bytes, lang, words) => {
    expect(formatByteSize(bytes, lang)).toBe(words);
  });
});

describe('toStorageEstimateWords', () => {
  it.each([
    ['en', { usage: 1_234_567, quota: 300_000_000 }, { usage: '1.2 MB', quota: '300 MB' }],
    ['es', { usage: 1_234_567, quota: 300_000_000 }, { usage: '1,2 MB', quota: '300 MB' }],
    ['en', { usage: 0, quota: 10_000_000_000 }, { usage: '0 bytes', quota: '10 GB' }],
  ])('says in %s how much is used and available', (lang, estimate, words) => {
    expect(toStorageEstimateWords(estimate, lang)).toEqual(words);
  });

  it.each([
    ['no estimate', null],
    ['a quota of zero', { usage: 0, quota: 0 }],
    ['an infinite quota', { usage: 10, quota: Infinity }],
    ['a quota that is not a number', { usage: 10, quota: Number.NaN }],
    ['a negative usage', { usage: -1, quota: 1000 }],
  ])('gives no words for %s (the page shows no line)', (_, estimate) => {
    expect(toStorageEstimateWords(estimate, 'en')).toBeNull();
  });
});

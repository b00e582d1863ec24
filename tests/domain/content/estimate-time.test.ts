import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SECONDS_PER_ANSWER,
  WORDS_PER_MINUTE,
  countQuestionWords,
  countWords,
  estimateTime,
} from '~/domain/content/estimate-time';

/** A question whose prompt has `promptWords` words and each level `levelWords`. */
function question(promptWords: number, levelWords: number, small?: number) {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  const level = {
    en: words(levelWords),
    es: words(levelWords + 1),
    ...(small !== undefined && { small: { en: words(small), es: words(small) } }),
  };
  return {
    prompt: { en: words(promptWords), es: words(promptWords) },
    levels: [level, level, level, level, level],
  };
}

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    [' Around 70 %  of CRM\nprojects fail ', 7],
    ['¿Hay un patrocinador?', 3],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('countQuestionWords', () => {
  it('counts the prompt and the five levels in the language asked, not the why', () => {
    expect(countQuestionWords(question(10, 20), 'en')).toBe(110);
    expect(countQuestionWords(question(10, 20), 'es')).toBe(115);
  });

  it.each([
    [30, 160],
    [5, 110],
  ])('counts a small-organization wording of %i words only when it is longer', (small, words) => {
    expect(countQuestionWords(question(10, 20, small), 'en')).toBe(words);
  });
});

describe('estimateTime', () => {
  it('reads at 230 words a minute and adds 8 seconds per answer', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(SECONDS_PER_ANSWER).toBe(8);
    // 16 questions of 140 words: 2,240 words = 584.3 s, plus 128 s = 712.3 s, about 12 minutes.
    const estimate = estimateTime(Array.from({ length: 16 }, () => question(15, 25)), 'en');
    expect(estimate).toMatchObject({ questions: 16, words: 2240, minutes: 12 });
    expect(estimate.seconds).toBeCloseTo(712.35, 1);
  });

  it('says 0 minutes for no questions and at least 1 for any', () => {
    expect(estimateTime([], 'en')).toEqual({ questions: 0, words: 0, seconds: 0, minutes: 0 });
    expect(estimateTime([question(1, 1)], 'en').minutes).toBe(1);
  });

  it('never takes less time for more questions', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(60), (a, b, words) => {
        const few = estimateTime(Array.from({ length: a }, () => question(words, words)), 'en');
        const more = estimateTime(Array.from({ length: a + b }, () => question(words, words)), 'en');
        expect(more.seconds).toBeGreaterThanOrEqual(few.seconds);
        expect(more.minutes).toBeGreaterThanOrEqual(few.minutes);
      }),
    );
  });
});

/**
 * Time allowed to a property suite, or another test that runs many cases or large inputs. Idle,
 * each takes a second or two; on a busy 2-core CI machine shared with builds, ten to twenty times
 * longer, and Vitest's 5 s default made them fail there at random.
 */
export const SLOW_TEST_MS = 120_000;

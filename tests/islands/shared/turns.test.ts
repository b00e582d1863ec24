import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the queue per test: it is module state. */
async function loadTurns() {
  vi.resetModules();
  return import('~/islands/shared/turns');
}

/** Paints one frame: runs the animation-frame callbacks, then the timers they set. */
let frames: (() => void)[] = [];
async function paint() {
  const run = frames;
  frames = [];
  for (const callback of run) callback();
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('drawing turns', () => {
  it('gives one turn per painted frame, oldest first', async () => {
    const { askForTurn } = await loadTurns();
    const given: string[] = [];
    askForTurn(() => given.push('a'));
    askForTurn(() => given.push('b'));
    expect(given).toEqual([]);
    await paint();
    expect(given).toEqual(['a']);
    await paint();
    expect(given).toEqual(['a', 'b']);
  });

  it('gives a turn asked for during a turn before saying all is drawn', async () => {
    const { askForTurn, whenAllDrawn } = await loadTurns();
    const given: string[] = [];
    // A part drawn in a turn asks for a turn of its own as Preact runs effects: the render runs in
    // a microtask and schedules its effects for after the next paint.
    askForTurn(() => {
      given.push('outer');
      void Promise.resolve().then(() =>
        requestAnimationFrame(() => setTimeout(() => askForTurn(() => given.push('nested')), 0)),
      );
    });
    const drawn = vi.fn();
    whenAllDrawn(drawn);
    await paint();
    expect(given).toEqual(['outer']);
    expect(drawn).not.toHaveBeenCalled();
    await paint();
    expect(given).toEqual(['outer', 'nested']);
    expect(drawn).not.toHaveBeenCalled();
    await paint();
    expect(drawn).toHaveBeenCalledOnce();
  });

  it('says all is drawn only once every part held back has been released', async () => {
    const { askForTurn, holdDrawing, whenAllDrawn } = await loadTurns();
    const release = holdDrawing();
    const other = holdDrawing();
    const drawn = vi.fn();
    whenAllDrawn(drawn);
    askForTurn(() => undefined);
    await paint();
    await paint();
    expect(drawn).not.toHaveBeenCalled();
    release();
    release();
    expect(drawn).not.toHaveBeenCalled();
    askForTurn(() => other());
    expect(drawn).not.toHaveBeenCalled();
    await paint();
    await paint();
    expect(drawn).toHaveBeenCalledOnce();
    whenAllDrawn(drawn);
    expect(drawn).toHaveBeenCalledTimes(2);
  });

  it('says all is drawn as the last hold is released when no turn is waiting', async () => {
    const { holdDrawing, whenAllDrawn } = await loadTurns();
    const release = holdDrawing();
    const drawn = vi.fn();
    whenAllDrawn(drawn);
    expect(drawn).not.toHaveBeenCalled();
    release();
    expect(drawn).toHaveBeenCalledOnce();
  });

  it('says all is drawn at once when nothing waits, and not after a cancel', async () => {
    const { askForTurn, whenAllDrawn } = await loadTurns();
    const now = vi.fn();
    whenAllDrawn(now);
    expect(now).toHaveBeenCalledOnce();
    askForTurn(() => undefined);
    const cancelled = vi.fn();
    whenAllDrawn(cancelled)();
    await paint();
    await paint();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('skips a withdrawn turn, and draws without frames after a timeout (a background tab)', async () => {
    const { askForTurn } = await loadTurns();
    const given: string[] = [];
    const withdraw = askForTurn(() => given.push('withdrawn'));
    askForTurn(() => given.push('kept'));
    withdraw();
    await vi.advanceTimersByTimeAsync(99);
    expect(given).toEqual([]);
    await vi.advanceTimersByTimeAsync(2);
    expect(given).toEqual(['kept']);
  });
});

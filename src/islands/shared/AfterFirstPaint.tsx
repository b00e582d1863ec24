/**
 * Renders its children one at a time, each in a turn of its own after the page has been painted.
 * A long page (results, decision) then draws its first screen without waiting for the parts below
 * it, and one long task becomes several short ones (Lighthouse's Total Blocking Time on a phone,
 * #8, #12). Every AfterFirstPaint on the page takes turns from one queue, so two of them never draw
 * in the same task. Only for content below the first screen, so nothing visible moves.
 */
import { toChildArray, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  children: ComponentChildren;
}

/** The turns asked for and not yet given, oldest first. */
const waiting: (() => void)[] = [];
/** Whether a turn is scheduled. */
let turning = false;

/** The longest wait for a frame: a page in a background tab gets none, and must still draw. */
const FRAME_TIMEOUT_MS = 100;

/** Runs `run` in a task after the next paint (as Preact runs effects), or after a timeout. */
function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    setTimeout(run, 0);
  };
  const fallback = setTimeout(once, FRAME_TIMEOUT_MS);
  requestAnimationFrame(once);
}

/** Gives the oldest turn, then waits for a paint before the next. */
function giveTurn(): void {
  const turn = waiting.shift();
  if (!turn) {
    turning = false;
    return;
  }
  turn();
  afterNextPaint(giveTurn);
}

/** Asks for a turn after the next paint; returns a function that withdraws the request. */
function askForTurn(turn: () => void): () => void {
  waiting.push(turn);
  if (!turning) {
    turning = true;
    afterNextPaint(giveTurn);
  }
  return () => {
    const index = waiting.indexOf(turn);
    if (index >= 0) waiting.splice(index, 1);
  };
}

export function AfterFirstPaint({ children }: Props) {
  const all = toChildArray(children);
  const [shown, setShown] = useState(0);
  // One more child per turn. Once all are shown, a child that appears later (a list that starts
  // empty) shows at once.
  useEffect(() => {
    if (shown < all.length) return askForTurn(() => setShown((count) => count + 1));
    if (shown !== Infinity) setShown(Infinity);
    return undefined;
  }, [shown, all.length]);
  return <>{all.slice(0, shown)}</>;
}

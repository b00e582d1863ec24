/**
 * One queue of drawing turns for the whole page (AfterFirstPaint): each turn runs in a task of its
 * own after the page has been painted, so a long page is drawn in short tasks, top part first, and
 * two parts never draw in the same task. `whenAllDrawn` tells when nothing is left to draw.
 */

/** The turns asked for and not yet given, oldest first. */
const waiting: (() => void)[] = [];
/** Called once nothing is left to draw. */
let idle: (() => void)[] = [];
/** Whether a turn is scheduled. */
let turning = false;
/** Parts that will ask for a turn later (drawn when near the screen, NearView): not all drawn. */
let holds = 0;

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

/** Calls, once, everything waiting for the page to be drawn whole. */
function tellIdle(): void {
  const told = idle;
  idle = [];
  for (const callback of told) callback();
}

/** Gives the oldest turn, then waits for a paint before the next; tells when none is left. */
function giveTurn(): void {
  const turn = waiting.shift();
  if (!turn) {
    turning = false;
    if (holds === 0) tellIdle();
    return;
  }
  turn();
  // After the render the turn caused (a microtask) has queued its effects: parts it drew that ask
  // for turns of their own ask before the next turn is given, so none is missed.
  void Promise.resolve().then(() => afterNextPaint(giveTurn));
}

/** Asks for a turn after the next paint; returns a function that withdraws the request. */
export function askForTurn(turn: () => void): () => void {
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

/**
 * Calls `callback` once every turn asked for has been given (at once when none is waiting);
 * returns a function that cancels the call.
 */
export function whenAllDrawn(callback: () => void): () => void {
  if (!turning && holds === 0) {
    callback();
    return () => undefined;
  }
  idle.push(callback);
  return () => {
    idle = idle.filter((waiter) => waiter !== callback);
  };
}

/**
 * Marks a part that is not drawn yet and will ask for a turn later (NearView): until the returned
 * function is called, the page is not drawn whole. Calling it twice counts once.
 */
export function holdDrawing(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0 && !turning) tellIdle();
  };
}

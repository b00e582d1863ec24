/**
 * Moving to a place on the results page named by a URL fragment: scroll it into view and move the
 * keyboard focus to its heading, so a screen reader reads where the reader landed. The page is
 * drawn by an island a part per frame, so the place may not exist yet: wait until it does.
 */
import { whenAllDrawn } from '../shared/turns';

/** What a section, an editor or a heading offers as the place to read first. */
const HEADING = 'h2, h3, summary';

/** How long a landing is held against layout moving it, unless the reader acts first. */
const HOLD_MS = 3000;
/** What a reader does that ends the hold: they are moving on their own. */
const READER_ACTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** Ends the hold of the latest landing. */
let stopHolding = (): void => undefined;

/**
 * Keeps the element where it landed while the page settles: a part above it that the browser
 * skipped (content-visibility) takes its real height once near the screen, or a chart arrives,
 * and the browser's scroll anchoring does not always make up for it. Each change of the page's
 * size scrolls back to the element, for a few seconds or until the reader scrolls, taps or types.
 */
function holdInView(element: HTMLElement): void {
  stopHolding();
  const landedAt = element.getBoundingClientRect().top;
  const observer = new ResizeObserver(() => {
    if (Math.abs(element.getBoundingClientRect().top - landedAt) > 1) {
      element.scrollIntoView({ block: 'start' });
    }
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_ACTS) globalThis.removeEventListener(type, stop, true);
    stopHolding = () => undefined;
  };
  const timer = setTimeout(stop, HOLD_MS);
  for (const type of READER_ACTS) {
    globalThis.addEventListener(type, stop, { capture: true, passive: true });
  }
  observer.observe(document.body);
  stopHolding = stop;
}

/** Scrolls to the element and focuses its heading (the element itself when it is one). */
function landOn(element: HTMLElement): void {
  const heading = element.matches(HEADING)
    ? element
    : (element.querySelector<HTMLElement>(HEADING) ?? element);
  // A heading is not focusable by default: -1 takes it out of the tab order but lets us focus it.
  if (heading.tabIndex < 0 && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  element.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  holdInView(element);
}

/**
 * The element with this id once it is drawn: a part's frame is drawn before what is in it, so it
 * counts only once its heading is there.
 */
function findDrawn(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (!element) return null;
  return element.matches(HEADING) || element.querySelector(HEADING) ? element : null;
}

/**
 * Lands on the element with this id once the page has drawn every part (so nothing drawn later
 * above it moves it away), or, when it appears only after that, as soon as it is drawn.
 * @returns a function that stops waiting
 */
export function landOnFragment(id: string): () => void {
  let observer: MutationObserver | null = null;
  const cancel = whenAllDrawn(() => {
    const now = findDrawn(id);
    if (now) {
      landOn(now);
      return;
    }
    observer = new MutationObserver(() => {
      const element = findDrawn(id);
      if (!element) return;
      observer?.disconnect();
      landOn(element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  return () => {
    cancel();
    observer?.disconnect();
  };
}

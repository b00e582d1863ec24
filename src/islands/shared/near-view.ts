/**
 * When a part of a long page is worth drawing: when its place comes near the screen, or once the
 * reader starts using the page (scrolls, types, taps). A phone that opens a long page then draws
 * its first screens and nothing more until the reader moves, and whoever moves gets every part
 * drawn in short turns, before they can reach it by keyboard or find it on the page.
 */

/** How far beyond the screen, above and below, a place counts as near: one screen's height. */
const NEAR_MARGIN = '100% 0px';

/** What the reader does that starts drawing everything (each listened to once, passively). */
const ENGAGING = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/** Places waiting to come near, with what to call when they do. */
const nearing = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function observeNearing(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callback = nearing.get(entry.target);
        forget(entry.target);
        callback?.();
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  return observer;
}

function forget(element: Element): void {
  nearing.delete(element);
  observer?.unobserve(element);
}

/**
 * Calls `callback` once `element` comes within a screen of the visible part of the page (at once
 * if it already is, after layout); returns a function that cancels the call. Without
 * IntersectionObserver (very old browsers) it calls at once.
 */
export function whenNear(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => undefined;
  }
  nearing.set(element, callback);
  observeNearing().observe(element);
  return () => forget(element);
}

/** Called on the reader's first move; emptied once it comes. */
const onEngaged = new Set<() => void>();
let engaged = false;
let listening = false;

function engage(): void {
  engaged = true;
  for (const type of ENGAGING) globalThis.removeEventListener(type, engage, true);
  const told = [...onEngaged];
  onEngaged.clear();
  for (const callback of told) callback();
}

/**
 * Calls `callback` once the reader first scrolls, types or taps (at once if they already have);
 * returns a function that cancels the call.
 */
export function whenEngaged(callback: () => void): () => void {
  if (engaged) {
    callback();
    return () => undefined;
  }
  onEngaged.add(callback);
  if (!listening) {
    listening = true;
    for (const type of ENGAGING) {
      globalThis.addEventListener(type, engage, { capture: true, passive: true });
    }
  }
  return () => onEngaged.delete(callback);
}

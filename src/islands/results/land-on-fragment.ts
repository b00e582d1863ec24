/**
 * Moving to a place on the results page named by a URL fragment: scroll it into view and move the
 * keyboard focus to its heading, so a screen reader reads where the reader landed. The page is
 * drawn by an island a part per frame, so the place may not exist yet: wait until it does.
 */

/** What a section, an editor or a heading offers as the place to read first. */
const HEADING = 'h2, h3, summary';

/** Scrolls to the element and focuses its heading (the element itself when it is one). */
function landOn(element: HTMLElement): void {
  const heading = element.matches(HEADING)
    ? element
    : (element.querySelector<HTMLElement>(HEADING) ?? element);
  // A heading is not focusable by default: -1 takes it out of the tab order but lets us focus it.
  if (heading.tabIndex < 0 && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  element.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/**
 * Lands on the element with this id now, or as soon as it is drawn.
 * @returns a function that stops waiting
 */
export function landOnFragment(id: string): () => void {
  const now = document.getElementById(id);
  if (now) {
    landOn(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const element = document.getElementById(id);
    if (!element) return;
    observer.disconnect();
    landOn(element);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

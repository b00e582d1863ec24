/**
 * Holds a click on a link to another page of the site while changes are still being written, and
 * follows it once they are done (or refused: then the leave guard asks). Storage writes are
 * asynchronous, and a page that unloads may abort the last one.
 */
export function holdLinksWhile(busy: () => boolean, whenDone: () => Promise<unknown>): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const handle = (event: MouseEvent) => {
    if (!busy() || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
    if (link.target && link.target !== '_self') return;
    const to = new URL(link.href);
    const here = globalThis.location;
    if (to.origin !== here.origin) return;
    // A link within this page does not unload it.
    if (to.pathname === here.pathname && to.search === here.search && to.hash !== '') return;
    event.preventDefault();
    void whenDone().then(() => here.assign(to.href));
  };
  // Bubbling, so an island that handles the click itself (and prevents the default) goes first.
  document.addEventListener('click', handle);
  return () => document.removeEventListener('click', handle);
}

/**
 * Asks before the page is left while `hasUnsaved()` says changes are not stored yet (the browser
 * shows its own "leave site?" question). Returns the function that stops asking.
 */
export function guardLeaving(hasUnsaved: () => boolean): () => void {
  if (typeof globalThis.addEventListener !== 'function') return () => undefined;
  const handle = (event: BeforeUnloadEvent) => {
    if (!hasUnsaved()) return;
    event.preventDefault();
    // Older Chromium asks only when returnValue is set.
    event.returnValue = '';
  };
  globalThis.addEventListener('beforeunload', handle);
  return () => globalThis.removeEventListener('beforeunload', handle);
}

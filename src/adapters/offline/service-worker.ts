/**
 * Registers the service worker that keeps the site usable offline, and applies a waiting update
 * when the user asks. The only code touching navigator.serviceWorker.
 */

/** Registers /sw.js; calls `onUpdate` when a new version is installed and waiting. Never throws. */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  const container = globalThis.navigator?.serviceWorker;
  if (!container || import.meta.env.DEV) return;
  let offered = false;
  const offer = (worker: ServiceWorker) => {
    if (!offered) {
      // Every tab offering the new version reloads once it has taken over, whichever tab asked
      // for it: an old page under the new worker would offer a button that can do nothing (#15).
      // A reload still goes through the page's own leave-guard (beforeunload).
      container.addEventListener('controllerchange', () => globalThis.location.reload(), {
        once: true,
      });
      offered = true;
    }
    onUpdate(() => worker.postMessage('skip-waiting'));
  };
  container
    .register('/sw.js')
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
    })
    .catch(() => undefined);
}

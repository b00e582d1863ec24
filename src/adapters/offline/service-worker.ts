/**
 * Registers the service worker that keeps the site usable offline, and applies a waiting update
 * when the user asks. The only code touching navigator.serviceWorker.
 */

/** Registers /sw.js; calls `onUpdate` when a new version is installed and waiting. Never throws. */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  const container = globalThis.navigator?.serviceWorker;
  if (!container || import.meta.env.DEV) return;
  const offer = (worker: ServiceWorker) =>
    onUpdate(() => {
      // Reload once the new version has taken over.
      container.addEventListener('controllerchange', () => globalThis.location.reload(), {
        once: true,
      });
      worker.postMessage('skip-waiting');
    });
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

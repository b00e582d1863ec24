// Taking a new version of the site (#15): the tab that asks for it and every other open tab that
// offered it end on the new version; nothing reloads on a first visit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '~/adapters/offline/service-worker';

/** A fake worker: records the messages it is sent; its state can be moved on by the test. */
class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  moveTo(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** One registration shared by the tabs of an origin. */
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  constructor(public waiting: FakeWorker | null) {
    super();
  }
}

/** One tab: its service-worker container, its reloads and its offers. */
function openTab(registration: FakeRegistration, controlled: boolean) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? new FakeWorker('activated') : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  const reload = vi.fn();
  vi.stubGlobal('navigator', { serviceWorker: container });
  vi.stubGlobal('location', { reload });
  const offers: (() => void)[] = [];
  registerServiceWorker((apply) => offers.push(apply));
  return { container, reload, offers };
}

/** Lets the registration promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.stubEnv('DEV', false);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('registerServiceWorker', () => {
  it('offers a waiting version and asks it to take over when the user accepts', async () => {
    const waiting = new FakeWorker('installed');
    const tab = openTab(new FakeRegistration(waiting), true);
    await settle();
    expect(tab.container.register).toHaveBeenCalledWith('/sw.js');
    expect(tab.offers).toHaveLength(1);
    tab.offers[0]?.();
    expect(waiting.messages).toEqual(['skip-waiting']);
    expect(tab.reload).not.toHaveBeenCalled();
    tab.container.dispatchEvent(new Event('controllerchange'));
    expect(tab.reload).toHaveBeenCalledTimes(1);
  });

  it('reloads a tab that offered the version when another tab takes it (#15)', async () => {
    const registration = new FakeRegistration(new FakeWorker('installed'));
    const tab = openTab(registration, true);
    await settle();
    expect(tab.offers).toHaveLength(1);
    // Another tab pressed its button: the new worker takes control of this tab too.
    tab.container.dispatchEvent(new Event('controllerchange'));
    expect(tab.reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version found while the tab is open, once it is installed, and reloads once', async () => {
    const registration = new FakeRegistration(null);
    const tab = openTab(registration, true);
    await settle();
    expect(tab.offers).toHaveLength(0);
    const first = new FakeWorker('installing');
    registration.installing = first;
    registration.dispatchEvent(new Event('updatefound'));
    expect(tab.offers).toHaveLength(0);
    first.moveTo('installed');
    const second = new FakeWorker('installing');
    registration.installing = second;
    registration.dispatchEvent(new Event('updatefound'));
    second.moveTo('installed');
    expect(tab.offers).toHaveLength(2);
    tab.offers[1]?.();
    expect(second.messages).toEqual(['skip-waiting']);
    tab.container.dispatchEvent(new Event('controllerchange'));
    tab.container.dispatchEvent(new Event('controllerchange'));
    expect(tab.reload).toHaveBeenCalledTimes(1);
  });

  it('neither offers nor reloads on a first visit, when the first worker takes control', async () => {
    const registration = new FakeRegistration(new FakeWorker('installed'));
    const tab = openTab(registration, false);
    await settle();
    const worker = new FakeWorker('installing');
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    worker.moveTo('installed');
    tab.container.dispatchEvent(new Event('controllerchange'));
    expect(tab.offers).toHaveLength(0);
    expect(tab.reload).not.toHaveBeenCalled();
  });

  it('does nothing in development or without service workers, and survives a failed registration', async () => {
    vi.stubEnv('DEV', true);
    const dev = openTab(new FakeRegistration(new FakeWorker('installed')), true);
    expect(dev.container.register).not.toHaveBeenCalled();
    vi.stubEnv('DEV', false);
    vi.stubGlobal('navigator', {});
    expect(() => registerServiceWorker(() => undefined)).not.toThrow();
    const failing = openTab(new FakeRegistration(null), true);
    failing.container.register.mockImplementation(() => Promise.reject(new Error('blocked')));
    registerServiceWorker(() => undefined);
    await settle();
    expect(failing.offers).toHaveLength(0);
  });
});

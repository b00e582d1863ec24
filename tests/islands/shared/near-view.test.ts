import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy per test: the observer and the reader's first move are module state. */
async function loadNearView() {
  vi.resetModules();
  return import('~/islands/shared/near-view');
}

/** A stand-in IntersectionObserver that the test drives: `cross(element, near)`. */
class FakeObserver {
  static last: FakeObserver | undefined;
  static options: IntersectionObserverInit | undefined;
  readonly watched = new Set<Element>();
  constructor(
    private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
    options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
    FakeObserver.options = options;
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  cross(target: Element, isIntersecting: boolean) {
    this.callback([{ target, isIntersecting }]);
  }
}

/** The page's event listeners, fired by type. */
let listeners: Map<string, EventListener>;

beforeEach(() => {
  listeners = new Map();
  FakeObserver.last = undefined;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('addEventListener', (type: string, listener: EventListener) =>
    listeners.set(type, listener),
  );
  vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const element = (name: string) => ({ name }) as unknown as Element;

describe('whenNear', () => {
  it('calls once the place comes within a screen, not before, and only once', async () => {
    const { whenNear } = await loadNearView();
    const place = element('card');
    const near = vi.fn();
    whenNear(place, near);
    expect(FakeObserver.options?.rootMargin).toBe('100% 0px');
    FakeObserver.last!.cross(place, false);
    expect(near).not.toHaveBeenCalled();
    FakeObserver.last!.cross(place, true);
    expect(near).toHaveBeenCalledOnce();
    expect(FakeObserver.last!.watched.has(place)).toBe(false);
    FakeObserver.last!.cross(place, true);
    expect(near).toHaveBeenCalledOnce();
  });

  it('does not call after a cancel, and shares one observer', async () => {
    const { whenNear } = await loadNearView();
    const [a, b] = [element('a'), element('b')];
    const cancelled = vi.fn();
    whenNear(a, cancelled)();
    const observer = FakeObserver.last;
    whenNear(b, vi.fn());
    expect(FakeObserver.last).toBe(observer);
    observer!.cross(a, true);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('calls at once in a browser without IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { whenNear } = await loadNearView();
    const near = vi.fn();
    whenNear(element('card'), near)();
    expect(near).toHaveBeenCalledOnce();
  });
});

describe('whenEngaged', () => {
  it.each(['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'])(
    'calls everything waiting on the first %s, then stops listening',
    async (type) => {
      const { whenEngaged } = await loadNearView();
      const first = vi.fn();
      const second = vi.fn();
      const cancelled = vi.fn();
      whenEngaged(first);
      whenEngaged(second);
      whenEngaged(cancelled)();
      expect(first).not.toHaveBeenCalled();
      listeners.get(type)!(new Event(type));
      expect(first).toHaveBeenCalledOnce();
      expect(second).toHaveBeenCalledOnce();
      expect(cancelled).not.toHaveBeenCalled();
      expect(listeners.size).toBe(0);
    },
  );

  it('calls at once once the reader has moved', async () => {
    const { whenEngaged } = await loadNearView();
    whenEngaged(vi.fn());
    listeners.get('keydown')!(new Event('keydown'));
    const later = vi.fn();
    whenEngaged(later)();
    expect(later).toHaveBeenCalledOnce();
  });
});

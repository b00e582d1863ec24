// The browser's "leave site?" question (leave-guard.ts): asked only while changes would be lost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardLeaving } from '~/adapters/storage/leave-guard';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Stubs the window's listeners and returns what `guardLeaving` registered. */
function stubWindow() {
  const handlers = new Set<(event: BeforeUnloadEvent) => void>();
  vi.stubGlobal('addEventListener', (type: string, handler: (event: BeforeUnloadEvent) => void) => {
    if (type === 'beforeunload') handlers.add(handler);
  });
  vi.stubGlobal(
    'removeEventListener',
    (type: string, handler: (event: BeforeUnloadEvent) => void) => {
      if (type === 'beforeunload') handlers.delete(handler);
    },
  );
  const leave = () => {
    const event = { preventDefault: vi.fn(), returnValue: 'unset' };
    for (const handler of handlers) handler(event as unknown as BeforeUnloadEvent);
    return event;
  };
  return { handlers, leave };
}

describe('guardLeaving', () => {
  it('asks while changes would be lost, in both ways browsers read, and stops when told', () => {
    const { handlers, leave } = stubWindow();
    let unsaved = false;
    const stop = guardLeaving(() => unsaved);
    const calm = leave();
    expect(calm.preventDefault).not.toHaveBeenCalled();
    expect(calm.returnValue).toBe('unset');
    unsaved = true;
    const asked = leave();
    expect(asked.preventDefault).toHaveBeenCalledOnce();
    expect(asked.returnValue).toBe('');
    stop();
    expect(handlers.size).toBe(0);
  });

  it('does nothing where there is no window to listen on', () => {
    vi.stubGlobal('addEventListener', undefined);
    const stop = guardLeaving(() => true);
    expect(() => stop()).not.toThrow();
  });
});

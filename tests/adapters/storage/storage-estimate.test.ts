/** The browser's storage estimate (storage-estimate.ts), which never throws. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStorageEstimate } from '~/adapters/storage/storage-estimate';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readStorageEstimate', () => {
  it('gives the usage and quota the browser reports', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ usage: 1024, quota: 2048, usageDetails: {} }) },
    });
    expect(await readStorageEstimate()).toEqual({ usage: 1024, quota: 2048 });
  });

  it.each([
    ['has no storage manager', {}],
    ['leaves the figures out', { storage: { estimate: () => Promise.resolve({ usage: 1 }) } }],
    ['answers nothing', { storage: { estimate: () => Promise.resolve(undefined) } }],
    ['refuses', { storage: { estimate: () => Promise.reject(new Error('denied')) } }],
  ])('answers null where the browser %s', async (_name, navigator) => {
    vi.stubGlobal('navigator', navigator);
    expect(await readStorageEstimate()).toBeNull();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildServiceWorkerSource, listSiteUrls, writeServiceWorker } from '~/build/service-worker';

const dist = mkdtempSync(join(tmpdir(), 'dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function file(path: string, text: string): void {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}

file('index.html', '<h1>Home</h1>');
file('es/method/index.html', '<h1>Método</h1>');
file('404.html', 'not found');
file('_astro/app.abc123.js', 'export {}');
file('_astro/html2canvas.esm.abc123.js', 'never loaded');
file('_astro/purify.es.abc123.js', 'never loaded');
file('_headers', '/*');

describe('the offline service worker', () => {
  it('precaches every page (by its folder URL) and asset, but not host files or jsPDF extras', () => {
    expect(listSiteUrls(dist)).toEqual(['/404.html', '/_astro/app.abc123.js', '/es/method/', '/']);
  });

  it('gets a new version when any file changes, and keeps it when nothing does', () => {
    const first = writeServiceWorker(dist);
    expect(writeServiceWorker(dist)).toBe(first);
    file('es/method/index.html', '<h1>Método, corregido</h1>');
    const second = writeServiceWorker(dist);
    expect(second).not.toBe(first);
    const source = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(source).toContain(`crm-readiness-${second}`);
    expect(source).not.toContain('/sw.js"');
  });
});

/** A request as the worker's fetch handler reads it. */
interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

/**
 * Runs the generated worker in a sandbox with the network down and `cached` as its precache
 * (path → body); returns what it answers a request with (undefined when it lets it through).
 */
function offlineWorker(cached: Record<string, string>) {
  const origin = 'https://crm.example';
  const handlers = new Map<string, (event: unknown) => void>();
  const keyOf = (key: FakeRequest | string, ignoreSearch = false) => {
    const url = new URL(typeof key === 'string' ? key : key.url, origin);
    return ignoreSearch ? url.pathname : url.pathname + url.search;
  };
  const cache = {
    match: (key: FakeRequest | string, options?: { ignoreSearch?: boolean }) => {
      const body = cached[keyOf(key, options?.ignoreSearch)];
      return Promise.resolve(body === undefined ? undefined : new Response(body));
    },
  };
  runInNewContext(buildServiceWorkerSource(Object.keys(cached), 'test'), {
    self: {
      location: new URL('/sw.js', origin),
      addEventListener: (type: string, handler: (event: unknown) => void) =>
        handlers.set(type, handler),
    },
    caches: { open: () => Promise.resolve(cache) },
    fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    Response,
    URL,
    Set,
  });
  return async (
    address: string,
    mode = 'navigate',
    method = 'GET',
  ): Promise<Response | undefined> => {
    let answer: Response | Promise<Response> | undefined;
    const request: FakeRequest = { url: new URL(address, origin).href, method, mode };
    handlers.get('fetch')?.({ request, respondWith: (value: Response) => (answer = value) });
    return answer;
  };
}

describe('the offline service worker, with no network (#15)', () => {
  const answer = offlineWorker({
    '/': 'Home',
    '/es/assessments/': 'Sus evaluaciones',
    '/404.html': 'This page does not exist',
    '/_astro/app.abc123.js': 'export {}',
  });

  it.each([
    ['/es/assessments', 'https://crm.example/es/assessments/'],
    ['/es/assessments?id=a1#step-2', 'https://crm.example/es/assessments/?id=a1'],
  ])('redirects the slashless page %s to %s, as the host does', async (address, location) => {
    const response = await answer(address);
    expect(response?.status).toBe(301);
    expect(response?.headers.get('location')).toBe(location);
  });

  it.each(['/es/assessments/', '/es/assessments/?id=a1#x', '/es/assessments/index.html'])(
    'serves the page for %s',
    async (address) => {
      expect(await (await answer(address))?.text()).toBe('Sus evaluaciones');
    },
  );

  it('serves a precached asset as it was asked for', async () => {
    expect(await (await answer('/_astro/app.abc123.js', 'cors'))?.text()).toBe('export {}');
  });

  it.each(['/no-such-page', '/es/no-such-page/'])(
    'answers the unknown address %s with the 404 page',
    async (address) => {
      expect(await (await answer(address))?.text()).toBe('This page does not exist');
    },
  );

  it('lets requests to other origins and other methods through', async () => {
    expect(await answer('https://elsewhere.example/es/assessments')).toBeUndefined();
    expect(await answer('/es/assessments', 'navigate', 'POST')).toBeUndefined();
  });
});

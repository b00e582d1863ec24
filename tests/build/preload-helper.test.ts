import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import {
  PRELOAD_HELPER_ID,
  preloadHelperSource,
  preloadThen,
  smallPreloadHelper,
} from '~/build/preload-helper';

/** A link as the helper sets it, with the listeners it adds. */
interface FakeLink {
  rel: string;
  as?: string;
  crossOrigin?: string;
  href: string;
  listeners: Record<string, () => void>;
  addEventListener(type: string, listener: () => void): void;
}

/** Just enough of a document for the helper: links in <head>, found by href (and rel). */
function fakePage(existing: { href: string; rel: string }[] = []) {
  const head: FakeLink[] = [];
  const page = {
    head: { appendChild: (link: FakeLink) => head.push(link) },
    createElement: (): FakeLink => ({
      rel: '',
      href: '',
      listeners: {},
      addEventListener(type, listener) {
        this.listeners[type] = listener;
      },
    }),
    querySelector: (selector: string) => {
      const [, href, rel] = /^link\[href="([^"]+)"\](?:\[rel="([^"]+)"\])?$/.exec(selector) ?? [];
      return (
        [...existing, ...head].find((link) => link.href === href && (!rel || link.rel === rel)) ??
        null
      );
    },
  };
  return { page: page as unknown as Document, head };
}

describe('the small preload helper', () => {
  it('preloads each chunk once, under the base, then imports without waiting for them', async () => {
    const { page, head } = fakePage([{ href: '/_astro/already.js', rel: 'modulepreload' }]);
    const seen = new Set<string>();
    const deps = ['_astro/a.js', '_astro/b.js', '_astro/already.js'];
    await expect(preloadThen(() => Promise.resolve('module'), deps, '/', seen, page)).resolves.toBe(
      'module',
    );
    await preloadThen(() => Promise.resolve('again'), ['_astro/a.js'], '/', seen, page);
    expect(head.map(({ rel, as, crossOrigin, href }) => ({ rel, as, crossOrigin, href }))).toEqual([
      { rel: 'modulepreload', as: 'script', crossOrigin: '', href: '/_astro/a.js' },
      { rel: 'modulepreload', as: 'script', crossOrigin: '', href: '/_astro/b.js' },
    ]);
  });

  it('imports at once when there is nothing to preload', async () => {
    const { page, head } = fakePage();
    await expect(
      preloadThen(() => Promise.resolve(1), undefined, '/', new Set(), page),
    ).resolves.toBe(1);
    expect(head).toEqual([]);
  });

  it('waits for a stylesheet, and a stylesheet that fails rejects the import', async () => {
    const { page, head } = fakePage();
    const seen = new Set<string>();
    let imported = false;
    const loading = preloadThen(
      () => {
        imported = true;
        return Promise.resolve();
      },
      ['_astro/part.css'],
      '/',
      seen,
      page,
    );
    await Promise.resolve();
    expect(imported).toBe(false);
    expect(head[0]).toMatchObject({ rel: 'stylesheet', href: '/_astro/part.css' });
    expect(head[0]?.as).toBeUndefined();
    head[0]?.listeners.load?.();
    await loading;
    expect(imported).toBe(true);

    const failing = preloadThen(
      () => Promise.resolve('never'),
      ['_astro/broken.css'],
      '/',
      seen,
      page,
    );
    head[1]?.listeners.error?.();
    await expect(failing).rejects.toThrow('Unable to preload CSS for /_astro/broken.css');
  });

  it('passes on a failed import', async () => {
    const { page } = fakePage();
    const load = () => Promise.reject(new Error('offline'));
    await expect(preloadThen(load, ['_astro/x.js'], '/', new Set(), page)).rejects.toThrow(
      'offline',
    );
  });

  it('is written as a module that runs on its own in a page', async () => {
    const { page, head } = fakePage();
    const source = preloadHelperSource('/site/').replace(
      'export const __vitePreload',
      'globalThis.__vitePreload',
    );
    const context: { document: Document; __vitePreload?: typeof preloadThen } = {
      document: page,
    };
    runInNewContext(source, context);
    const preload = context.__vitePreload as unknown as (
      load: () => Promise<string>,
      deps?: string[],
    ) => Promise<string>;
    await expect(preload(() => Promise.resolve('ok'), ['_astro/a.js'])).resolves.toBe('ok');
    expect(head.map((link) => link.href)).toEqual(['/site/_astro/a.js']);
  });

  it('stands in for Vite’s helper only, with the base Vite resolved', () => {
    const plugin = smallPreloadHelper();
    expect(plugin.enforce).toBe('pre');
    const configResolved = plugin.configResolved as (config: { base: string }) => void;
    const load = plugin.load as (id: string) => { code: string } | null;
    configResolved({ base: '/base/' });
    expect(load('/src/other.ts')).toBeNull();
    expect(load(PRELOAD_HELPER_ID)?.code).toBe(preloadHelperSource('/base/'));
  });
});

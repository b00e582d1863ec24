import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSiteUrls, writeServiceWorker } from '~/build/service-worker';

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

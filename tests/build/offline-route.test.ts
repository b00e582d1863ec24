// The offline worker's routing rule (#15): every page answers offline as the static host answers
// online (tests/deploy/nginx-site.conf): its folder URL and its index.html are served, its slashless
// form is redirected to the slashed one with the query, and nothing else is touched.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routeOfflineRequest } from '~/build/offline-route';

/** Every page the build emits, by its folder URL, read from src/pages so a new page is covered. */
const PAGES = readdirSync(fileURLToPath(new URL('../../src/pages', import.meta.url)), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => file.endsWith('index.astro'))
  .map((file) => `/${file.replace(/index\.astro$/, '')}`.replace(/\\/g, '/'))
  .sort();

const ASSETS = ['/404.html', '/_astro/app.abc123.js', '/_astro/app.abc123.css', '/favicon.svg'];
const FILES = new Set([...PAGES, ...ASSETS]);
const FOLDERS = PAGES.filter((page) => page !== '/');

/** Routes `address` as the worker does: from the parsed URL (a #… never reaches the worker). */
function route(address: string, navigate = true) {
  const url = new URL(address, 'https://crm.example');
  return routeOfflineRequest(url.pathname, url.search, navigate, FILES);
}

describe('the offline routing rule', () => {
  it('knows every page, in both languages', () => {
    expect(PAGES).toEqual(
      expect.arrayContaining(['/', '/es/', '/assessments/', '/es/assessments/']),
    );
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(FOLDERS)('the page %s', (page) => {
    const bare = page.slice(0, -1);
    it.each([
      [page, { page }],
      [`${page}?id=a1`, { page }],
      [`${page}#step-2`, { page }],
      [`${page}?id=a1&step=review#q-3`, { page }],
      [`${page}index.html`, { page }],
      [`${page}index.html?id=a1#x`, { page }],
      [bare, { redirect: page }],
      [`${bare}?id=a1`, { redirect: `${page}?id=a1` }],
      [`${bare}#step-2`, { redirect: page }],
      [`${bare}?id=a1&step=review#q-3`, { redirect: `${page}?id=a1&step=review` }],
    ])('routes %s to %j', (address, expected) => {
      expect(route(address)).toEqual(expected);
    });
  });

  it.each([
    ['/', { page: '/' }],
    ['/?id=a1#top', { page: '/' }],
    ['/index.html', { page: '/' }],
    ['/404.html', { page: '/404.html' }],
  ])('serves the home page and the 404 page: %s → %j', (address, expected) => {
    expect(route(address)).toEqual(expected);
  });

  it.each([
    '/no-such-page',
    '/no-such-page/',
    '/assessmentsx',
    '/assessments/extra',
    '/assessments/extra/index.html',
    '/es/assessments//',
    '/_astro/gone.abc123.js',
  ])('leaves the unknown address %s to the network and the 404 page', (address) => {
    expect(route(address)).toEqual({ asIs: true });
  });

  it.each([...ASSETS, '/_astro/app.abc123.js?v=2', '/assessments', '/assessments/'])(
    'leaves a request that is not a navigation untouched: %s',
    (address) => {
      expect(route(address, false)).toEqual({ asIs: true });
    },
  );
});

/**
 * The offline worker's routing rule, kept pure so it can be tested in Node. Its source is copied
 * verbatim into dist/sw.js (see service-worker.ts), so it must stay self-contained: no imports, no
 * helpers outside its body.
 */

/** What the worker does with a same-origin GET request. */
export type OfflineRoute =
  /** Answer with the precached file at this path, whatever the query. */
  | { readonly page: string }
  /** Answer with a 301 to this address, as the static host does for a folder without its slash. */
  | { readonly redirect: string }
  /** Look the request up as it is: assets, and addresses the site does not have. */
  | { readonly asIs: true };

/**
 * Routes a request the way the static host (tests/deploy/nginx-site.conf, Netlify, Cloudflare
 * Pages) answers it, from the precached URLs alone: a page by its folder URL or its `index.html`
 * is served; a page's folder asked without the slash (`/assessments?id=…`) is redirected to the
 * slashed form with its query (the browser keeps the `#…`), so relative links stay right.
 * Anything else, and every request that is not a navigation, is left as it is.
 * @param pathname the request's path, e.g. `/es/assessments`
 * @param search the request's query with its `?`, or `''`
 * @param navigate whether the request is a page navigation
 * @param files the precached site URLs (`/assessments/`, `/404.html`, `/_astro/…`)
 */
export function routeOfflineRequest(
  pathname: string,
  search: string,
  navigate: boolean,
  files: ReadonlySet<string>,
): OfflineRoute {
  if (!navigate) return { asIs: true };
  // Pages are cached once; their ?id=… only matters to the page's script.
  if (files.has(pathname)) return { page: pathname };
  const folder = pathname.replace(/\/index\.html$/, '/');
  if (folder !== pathname && files.has(folder)) return { page: folder };
  if (files.has(`${pathname}/`)) return { redirect: `${pathname}/${search}` };
  return { asIs: true };
}

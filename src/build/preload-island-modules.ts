/**
 * Astro hydrates an island by importing its component, and the browser finds what that module
 * imports only once it has it: a waterfall of two or three round trips before the shared chunk (the
 * records' store) can even start to load. After the build, this lists every module an island page
 * loads at once (the islands' components and renderers and their static imports, not the dynamic
 * ones) as `<link rel="modulepreload">` in <head>, so the browser fetches them all in parallel from
 * the start. Node only.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An island's component and renderer modules, as Astro writes them on `<astro-island>`. */
const ISLAND_MODULE = /\b(?:component|renderer)-url="(\/_astro\/[^"]+\.js)"/g;
/** A static import in a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`, re-exports. */
const STATIC_IMPORT =
  /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g;

/** The `/_astro/…` modules a page's islands start with. */
export function islandModules(html: string): string[] {
  const found = [...html.matchAll(ISLAND_MODULE)];
  return [...new Set(found.map((match) => match[1] ?? ''))].filter(Boolean);
}

/** The chunks a built module imports statically (file names beside it). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? '').filter(Boolean);
}

/**
 * Every module the page loads before its islands can run, given how to read a `/_astro/…` module
 * (null when it does not exist), in the order found.
 */
export function modulesToPreload(html: string, read: (path: string) => string | null): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    const code = read(path);
    if (code === null) return;
    seen.add(path);
    for (const name of staticImports(code)) visit(`/_astro/${name}`);
  };
  for (const path of islandModules(html)) visit(path);
  return [...seen];
}

/** Adds a modulepreload link to <head> for each module given that the page does not list yet. */
export function addModulePreloads(html: string, modules: readonly string[]): string {
  const links = modules
    .filter((path) => !html.includes(`href="${path}"`))
    .map((path) => `<link rel="modulepreload" href="${path}">`)
    .join('');
  return links === '' ? html : html.replace('</head>', `${links}</head>`);
}

/** Rewrites every .html file under `folder` whose islands load modules (mutates files). */
export function preloadIslandModules(folder: string, root = folder): void {
  const read = (path: string) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return null;
    }
  };
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) preloadIslandModules(path, root);
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const fixed = addModulePreloads(html, modulesToPreload(html, read));
      if (fixed !== html) writeFileSync(path, fixed);
    }
  }
}

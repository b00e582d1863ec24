/**
 * Astro writes the islands' one-line `<style>` (display: contents for astro-island) inside <body>,
 * where HTML does not allow <style>. After the build, this moves it into <head> of every page;
 * its CSP hash stays valid because the text is unchanged. Node only.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ISLAND_STYLE =
  /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/** Moves the island style into <head> of one page's HTML; returns the HTML unchanged when absent. */
export function hoistIslandStyle(html: string): string {
  const found = html.match(ISLAND_STYLE);
  if (!found) return html;
  const body = html.replace(ISLAND_STYLE, '');
  return body.replace('</head>', `${found[0]}</head>`);
}

/** Rewrites every .html file under `folder` (mutates files). */
export function hoistIslandStyles(folder: string): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) hoistIslandStyles(path);
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const fixed = hoistIslandStyle(html);
      if (fixed !== html) writeFileSync(path, fixed);
    }
  }
}

// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { assertContentIsValid } from './src/build/content-check.ts';
import { hoistIslandStyles } from './src/build/hoist-island-style.ts';
import { smallPreloadHelper } from './src/build/preload-helper.ts';
import { preloadIslandModules } from './src/build/preload-island-modules.ts';
import { writeServiceWorker } from './src/build/service-worker.ts';

// Absolute URLs (canonical, hreflang) need the deployed origin. Set SITE_URL when
// building for a real host; the placeholder keeps local builds and tests working.
/**
 * Checks every file in content/ (schemas, translations, cross-references) before anything else, so a
 * broken file stops dev and build with one message naming the file and the field.
 */
/** @returns {import('astro').AstroIntegration} */
function contentCheck() {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config }) => assertContentIsValid(fileURLToPath(config.root)),
    },
  };
}

/**
 * After the build: moves the islands' inline <style> from <body> into <head>, where HTML allows
 * it, lists the modules each island page loads as modulepreload links, then writes the offline
 * service worker.
 */
function validHtml() {
  /** @type {import('astro').AstroIntegration} */
  const integration = {
    name: 'valid-html',
    hooks: {
      'astro:build:done': ({ dir }) => {
        hoistIslandStyles(fileURLToPath(dir));
        preloadIslandModules(fileURLToPath(dir));
        // Last: the worker's version hashes the final files.
        writeServiceWorker(fileURLToPath(dir));
      },
    },
  };
  return integration;
}

/**
 * Modules every page with JavaScript loads, or nearly every one (the storage banner's wrapper and
 * the wait before leaving: a few hundred bytes on the pages without them, less than the chunk each
 * would cost the others). See `manualChunks` below.
 */
const CORE_MODULES = new RegExp(
  [
    String.raw`node_modules/(nanostores|@nanostores/preact)/`,
    String.raw`preact/jsx-runtime`,
    String.raw`src/stores/(record-store|assessments)\.ts$`,
    String.raw`src/adapters/storage/(record-backend|indexed-db|open-backend|hold-navigation|leave-guard)\.ts$`,
    String.raw`src/(i18n/format|domain/format/intl-cache|domain/scoring/model)\.ts$`,
    String.raw`src/islands/shared/(go-when-saved\.ts|StorageBanner\.tsx)$`,
  ].join('|'),
);
/** The results page's plan helpers, shared with its lazily loaded exports. */
const PLAN_MODULES =
  /src\/(domain\/roadmap\/(plan-views|week-dates)|domain\/scoring\/targets|domain\/results\/summarize-results|stores\/plan)\.ts$/;

const site = process.env.SITE_URL ?? 'https://crm-readiness.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [contentCheck(), preact(), validHtml()],
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: {
    // Small stylesheets are inlined by default; keep them as files so the CSP needs no style hashes.
    inlineStylesheets: 'never',
  },
  vite: {
    // A smaller stand-in for Vite's dynamic-import preload helper: see src/build/preload-helper.ts.
    plugins: [smallPreloadHelper()],
    build: {
      rollupOptions: {
        output: {
          // Left to itself, Rollup cuts what every page loads into many small chunks (one per set of
          // importers), and each one compresses on its own: up to 2 KB gzip more per page. What
          // every page with JavaScript needs (Preact's JSX runtime, nanostores, the records' store
          // and its IndexedDB backend, the formatters) goes in one `core` chunk, with what it imports;
          // the results page's plan helpers in one more. The fallbacks and the localStorage
          // migration stay out: they are fetched only when needed.
          manualChunks(id) {
            if (CORE_MODULES.test(id)) return 'core';
            if (PLAN_MODULES.test(id)) return 'plan-views';
            return undefined;
          },
        },
      },
    },
  },
  experimental: {
    // Hashes for Astro's own scripts and styles are added to a CSP <meta> on every page; these
    // directives close everything else: the site talks to no other origin, ever.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});

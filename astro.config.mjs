// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { assertContentIsValid } from './src/build/content-check.ts';
import { hoistIslandStyles } from './src/build/hoist-island-style.ts';
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
 * it, then writes the offline service worker.
 */
function validHtml() {
  /** @type {import('astro').AstroIntegration} */
  const integration = {
    name: 'valid-html',
    hooks: {
      'astro:build:done': ({ dir }) => {
        hoistIslandStyles(fileURLToPath(dir));
        // Last: the worker's version hashes the final files.
        writeServiceWorker(fileURLToPath(dir));
      },
    },
  };
  return integration;
}

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

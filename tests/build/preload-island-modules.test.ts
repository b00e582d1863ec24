import { describe, expect, it } from 'vitest';
import {
  addModulePreloads,
  islandModules,
  modulesToPreload,
  staticImports,
} from '~/build/preload-island-modules';

const PAGE =
  '<html><head><title>x</title></head><body>' +
  '<astro-island uid="a" component-url="/_astro/App.1.js" renderer-url="/_astro/client.2.js">' +
  '</astro-island>' +
  '<astro-island uid="b" component-url="/_astro/App.1.js" renderer-url="/_astro/client.2.js">' +
  '</astro-island></body></html>';

describe('islandModules', () => {
  it.each([
    ['each component and renderer once', PAGE, ['/_astro/App.1.js', '/_astro/client.2.js']],
    ['nothing on a page without islands', '<html><head></head><body></body></html>', []],
  ])('finds %s', (_name, html, expected) => {
    expect(islandModules(html)).toEqual(expected);
  });
});

describe('staticImports', () => {
  it.each([
    ['named imports', 'import{a as b,c}from"./core.X1.js";b()', ['core.X1.js']],
    ['bare imports', 'import"./side.Y.js";', ['side.Y.js']],
    ['re-exports', 'export{a}from"./re.Z.js";', ['re.Z.js']],
    ['namespace imports', 'import*as m from"./ns.W.js";', ['ns.W.js']],
    ['no dynamic import', 'const m=()=>import("./later.V.js");', []],
    ['no import of another folder', 'import{a}from"../x.js";', []],
  ])('reads %s', (_name, code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('modulesToPreload', () => {
  const files: Record<string, string> = {
    '/_astro/App.1.js':
      'import{a}from"./core.3.js";import"./style.4.js";const l=()=>import("./lazy.5.js");',
    '/_astro/client.2.js': 'import{h}from"./core.3.js";',
    '/_astro/core.3.js': 'export const a=1;',
    '/_astro/style.4.js': 'import{a}from"./core.3.js";',
    '/_astro/lazy.5.js': 'import"./never.6.js";',
  };
  const read = (path: string) => files[path] ?? null;

  it('lists every module loaded at once, each once, and none loaded later', () => {
    expect(modulesToPreload(PAGE, read)).toEqual([
      '/_astro/App.1.js',
      '/_astro/core.3.js',
      '/_astro/style.4.js',
      '/_astro/client.2.js',
    ]);
  });

  it('skips a module that is not there', () => {
    expect(modulesToPreload(PAGE, (path) => (path === '/_astro/App.1.js' ? '' : null))).toEqual([
      '/_astro/App.1.js',
    ]);
  });
});

describe('addModulePreloads', () => {
  it('adds one link per module to <head>, skipping those the page lists already', () => {
    const html =
      '<html><head><link rel="modulepreload" href="/_astro/a.js"></head><body></body></html>';
    const out = addModulePreloads(html, ['/_astro/a.js', '/_astro/b.js']);
    expect(out).toBe(
      '<html><head><link rel="modulepreload" href="/_astro/a.js">' +
        '<link rel="modulepreload" href="/_astro/b.js"></head><body></body></html>',
    );
  });

  it('leaves a page with nothing to add unchanged', () => {
    const html = '<html><head></head><body></body></html>';
    expect(addModulePreloads(html, [])).toBe(html);
  });
});

import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '~/build/hoist-island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('hoistIslandStyle', () => {
  it("moves Astro's island style from <body> into <head>, unchanged (its CSP hash stays valid)", () => {
    const html = `<html><head><title>x</title></head><body><div>${STYLE}<astro-island></astro-island></div></body></html>`;
    expect(hoistIslandStyle(html)).toBe(
      `<html><head><title>x</title>${STYLE}</head><body><div><astro-island></astro-island></div></body></html>`,
    );
  });

  it('leaves a page without islands untouched', () => {
    const html = '<html><head></head><body><p>Static</p></body></html>';
    expect(hoistIslandStyle(html)).toBe(html);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import { format, formatNumber, getLocalizedPath, getRouteFromPath } from '~/i18n';

/** Every leaf of a string tree, with its dotted path. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('UI strings', () => {
  const english = new Map(leaves(en));
  const spanish = new Map(leaves(es));

  it('have the same keys in both languages', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('are never empty', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{[\w-]+\}/g)].map((m) => m[0]).sort();
    for (const [key, text] of english)
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});

describe('paths and formatting', () => {
  it.each<[string, 'en' | 'es', string]>([
    ['/', 'en', '/'],
    ['/', 'es', '/es/'],
    ['/method/', 'en', '/method/'],
    ['/method/', 'es', '/es/method/'],
  ])('%s in %s is %s', (route, lang, path) => {
    expect(getLocalizedPath(route, lang)).toBe(path);
    expect(getRouteFromPath(path)).toBe(route);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Level {level} of {max}', { level: 3 })).toBe('Level 3 of {max}');
  });

  it('formats numbers for the language', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(1234.5, 'es', 1)).toBe('1234,5');
  });
});

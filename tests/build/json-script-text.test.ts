import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toJsonScriptText } from '~/build/json-script-text';

describe('JSON written inside a script element', () => {
  it('cannot end the element early, and reads back as the same data', () => {
    const data = { note: '</script><script>alert(1)</script><!-- x', n: 1 };
    const text = toJsonScriptText(data);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('reads back any JSON value unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(toJsonScriptText(value))).toEqual(JSON.parse(JSON.stringify(value)));
        expect(toJsonScriptText(value)).not.toContain('<');
      }),
    );
  });

  it('writes null for undefined', () => {
    expect(toJsonScriptText(undefined)).toBe('null');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeXml, REPLACEMENT, toXmlSafe } from '~/domain/export/xml-text';

describe('XML text', () => {
  it.each([
    ['a & b < c > d "e" \'f\'', 'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;'],
    ['tab\tkept', 'tab\tkept'],
    ['línea\r\notra\rmás', 'línea\notra\nmás'],
    ['nul\u0000bell\u0007', `nul${REPLACEMENT}bell${REPLACEMENT}`],
    ['lone \uD800 high, lone \uDC00 low', `lone ${REPLACEMENT} high, lone ${REPLACEMENT} low`],
    ['pair 🚀 kept, \u200F RTL mark kept', 'pair 🚀 kept, \u200F RTL mark kept'],
    ['\uFFFE\uFFFF', REPLACEMENT + REPLACEMENT],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });

  it('keeps text XML can hold as it is', () => {
    expect(toXmlSafe('Planificación «CRM» — 70 %')).toBe('Planificación «CRM» — 70 %');
  });
});

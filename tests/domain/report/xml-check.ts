/**
 * A small XML well-formedness check for generated SVG: tags nest and close, attributes are quoted,
 * text holds no raw `<` and every `&` starts a known entity. Returns the first problem, or null.
 */
const TOKEN =
  /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos);)/g;

/** The first well-formedness problem of `xml`, or null when there is none. */
export function findXmlProblem(xml: string): string | null {
  const open: string[] = [];
  // The XML declaration (`<?xml …?>`) is the one processing instruction these files start with.
  for (const match of xml.replace(/^<\?xml[^?]*\?>/, '').matchAll(TOKEN)) {
    const [whole, closing, name, , selfClosing] = match;
    if (name === undefined) return `stray "${whole}" at ${match.index}`;
    const attributes = [...(match[3] ?? '').matchAll(/([\w:-]+)=/g)].map((a) => a[1]);
    if (new Set(attributes).size !== attributes.length) return `<${name}> repeats an attribute`;
    if (closing === '/') {
      if (open.pop() !== name) return `</${name}> closes nothing open at ${match.index}`;
    } else if (selfClosing !== '/') open.push(name);
  }
  return open.length === 0 ? null : `<${open.join('>, <')}> never closed`;
}

/** The text of every `<text>` element (its tspans joined by spaces), unescaped. */
export function readSvgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)]
      .map((t) => unescapeXml(t[1] ?? ''))
      .join(' '),
  );
}

/** Undoes the five XML entities. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

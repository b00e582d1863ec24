// Placeholder filling for report and decision texts, in a module of its own so that the decision
// page can use it without loading the report code.

/**
 * Fills `{name}` placeholders; a placeholder with no value is left as it is (the renderer fills
 * `{page}`, `{pages}` and `{n}`).
 * @example fill('Level {level}', { level: 3 }) // 'Level 3'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([\w-]+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}

/**
 * JSON for the inside of a `<script type="application/json">` element. Every `<` is written as
 * `\u003c`, so no text in the data (`</script>`, `<!--`) can end the element early; JSON.parse
 * reads the escape back as `<`.
 */
export function toJsonScriptText(data: unknown): string {
  return (JSON.stringify(data) ?? 'null').replaceAll('<', '\\u003c');
}

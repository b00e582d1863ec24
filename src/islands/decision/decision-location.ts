/** The decision page's address (which assessment it is linked to) and the words of a size answer. */

/** Reads `?id=` once; the select keeps the address in step afterwards. */
export function readLinkedId(): string {
  return new URLSearchParams(globalThis.location.search).get('id') ?? '';
}

/** Puts the chosen assessment in the address (or takes it out), so a reload keeps it. */
export function writeLinkedId(id: string): void {
  const url = new URL(globalThis.location.href);
  if (id === '') url.searchParams.delete('id');
  else url.searchParams.set('id', id);
  globalThis.history.replaceState(null, '', url);
}

/** The label of a company-size answer; an answer the options do not have (even `constructor`) has none. */
export function getSizeLabel(
  options: Readonly<Record<string, string>> | undefined,
  size: string | undefined,
): string | undefined {
  return options && size !== undefined && Object.hasOwn(options, size) ? options[size] : undefined;
}

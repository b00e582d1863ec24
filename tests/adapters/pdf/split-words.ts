/**
 * Finds words a PDF broke across lines: two neighbouring words read back from the PDF that are not
 * both words of the document, but that joined make one (#14: "Trimestra|l", "currenc|y").
 */

/** The word characters of a token, lowercased: punctuation around it is not part of the word. */
export function toWord(token: string): string {
  return token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Every word of `texts`, as {@link toWord} reads them. */
export function toVocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const token of text.split(/[\s/]+/)) {
      const word = toWord(token);
      if (word !== '') words.add(word);
    }
  }
  return words;
}

/**
 * The words of `vocabulary` that `tokens` (a PDF's words in reading order) show broken in two,
 * as "first|second".
 */
export function findSplitWords(
  tokens: readonly string[],
  vocabulary: ReadonlySet<string>,
): string[] {
  const splits: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [first, second] = [toWord(tokens[i] ?? ''), toWord(tokens[i + 1] ?? '')];
    if (first === '' || second === '') continue;
    const joined = vocabulary.has(first + second);
    if (joined && !(vocabulary.has(first) && vocabulary.has(second))) {
      splits.push(`${first}|${second}`);
    }
  }
  return splits;
}

/** Every string in a value (object, array or string), depth first. */
export function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object')
    return Object.values(value).flatMap(collectStrings);
  return [];
}

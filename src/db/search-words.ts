/**
 * The words a customer is found by: every word of the name and company, lower case, without
 * accents ("Müller & Söhne" → müller → "muller", "sohne"), so a search matches any word's start.
 */
export function searchWords(...texts: Array<string | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text ?? '')) words.add(word);
  return [...words];
}

export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

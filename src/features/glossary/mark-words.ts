import { fold } from './filter-terms.ts';

/** A run of text, marked when it matched a word of the filter. */
export interface MarkedPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into plain and matched runs for every place a (folded) query word occurs in the
 * folded text, so "cafe" marks "Café". Overlapping and touching matches merge into one run.
 */
export function markWords(text: string, words: readonly string[]): MarkedPart[] {
  if (!words.length || !text) return [{ text, match: false }];
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = fold(char);
    for (let i = 0; i < f.length; i += 1) origin.push(index);
    folded += f;
    index += char.length;
  }
  origin.push(text.length);

  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const start = origin[at] ?? 0;
      const end = origin[at + word.length] ?? text.length;
      marked.fill(true, start, end);
    }
  }

  const parts: MarkedPart[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j += 1;
    parts.push({ text: text.slice(i, j), match: marked[i] ?? false });
    i = j;
  }
  return parts;
}

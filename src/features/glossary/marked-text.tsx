import { markWords } from './mark-words.ts';

/** Text with the words of the filter marked. */
export function MarkedText({ text, words }: { text: string; words: readonly string[] }) {
  if (!words.length) return text;
  return markWords(text, words).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text));
}

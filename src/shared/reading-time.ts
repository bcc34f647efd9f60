/** Words a minute for long-form reading on screen; the usual figure for adult readers. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `words`, never less than one for a non-empty text. */
export function readingMinutes(words: number): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Counts words the way a reader would: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

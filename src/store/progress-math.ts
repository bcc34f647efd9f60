import type { Section } from '../shared/content-types.ts';
import type { SectionId } from '../shared/ids.ts';
import { countWords, WORDS_PER_MINUTE } from '../shared/reading-time.ts';
import type { ReadingPosition } from './reading-data.ts';

/** One part of an article in reading order: the opening (`id: null`) or a section, heading included. */
export interface Part {
  id: SectionId | null;
  words: number;
}

/** Where a part starts on the page (document y); `end` is where the text ends. */
export interface PartLayout {
  parts: { id: SectionId | null; top: number }[];
  end: number;
}

/** How far down the viewport the line that counts as "being read" sits, before the end comes into view. */
export const READING_LINE = 0.25;

/** A position counts as the end of the text from this fraction of the last part on. */
const END_FRACTION = 0.999;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** The opening and each section of an article with their words, so progress is measured in words, not pixels. */
export function articleParts(article: { words: number; sections: readonly Section[] }): Part[] {
  const sections = article.sections.map((s) => ({ id: s.id, words: s.words + countWords(s.title) }));
  const opening = Math.max(0, article.words - sections.reduce((sum, s) => sum + s.words, 0));
  return [{ id: null, words: opening }, ...sections];
}

/** Percent (0–100) of the words before `position`; null when its section is not in the article. */
export function percentAt(position: ReadingPosition, parts: readonly Part[]): number | null {
  const index = parts.findIndex((p) => p.id === position.section);
  if (index < 0) return null;
  const total = parts.reduce((sum, p) => sum + p.words, 0);
  const before = parts.slice(0, index).reduce((sum, p) => sum + p.words, 0);
  const last = index === parts.length - 1;
  if (total === 0) return last && position.fraction >= END_FRACTION ? 100 : 0;
  if (last && position.fraction >= END_FRACTION) return 100;
  return clamp(((before + position.fraction * (parts[index]?.words ?? 0)) / total) * 100, 0, 100);
}

/** The position `percent` of the way through the words: where to return when a saved section is gone. */
export function positionAtPercent(percent: number, parts: readonly Part[]): ReadingPosition {
  const total = parts.reduce((sum, p) => sum + p.words, 0);
  let remaining = (clamp(percent, 0, 100) / 100) * total;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (remaining < part.words || last) {
      return { section: part.id, fraction: part.words > 0 ? clamp(remaining / part.words, 0, 1) : last && percent >= 100 ? 1 : 0 };
    }
    remaining -= part.words;
  }
  return { section: null, fraction: 0 };
}

/** True when `position` is the end of the last section: the article is finished. */
export function isEnd(position: ReadingPosition, parts: readonly Part[]): boolean {
  const last = parts[parts.length - 1];
  return last !== undefined && position.section === last.id && position.fraction >= END_FRACTION;
}

/** Sections whose last word lies within the `furthest` percent read. */
export function readSections(parts: readonly Part[], furthest: number): Set<SectionId> {
  const total = parts.reduce((sum, p) => sum + p.words, 0);
  const read = new Set<SectionId>();
  if (total === 0) return read;
  let through = 0;
  for (const part of parts) {
    through += part.words;
    if (part.id !== null && (through / total) * 100 <= furthest + 1e-9) read.add(part.id);
  }
  return read;
}

/** Whole minutes left to read after `percent` of `words`; zero only at the very end. */
export function minutesLeft(percent: number, words: number): number {
  const left = Math.max(0, words * (1 - clamp(percent, 0, 100) / 100));
  return left <= 0 ? 0 : Math.ceil(left / WORDS_PER_MINUTE);
}

/**
 * The document y being read at a scroll offset: a line a quarter down the viewport, sliding to
 * the bottom over the last screen, so the end of the text can be reached however short the page below it.
 */
export function readingLineY(scrollY: number, viewport: number, documentHeight: number): number {
  const remaining = Math.max(0, documentHeight - viewport - scrollY);
  const share = remaining >= viewport ? READING_LINE : READING_LINE + (1 - READING_LINE) * (1 - remaining / viewport);
  return scrollY + viewport * share;
}

/** The scroll offset that puts the reading line at document y: the inverse of `readingLineY`. */
export function scrollForReadingLine(y: number, viewport: number, documentHeight: number): number {
  const max = Math.max(0, documentHeight - viewport);
  if (viewport <= 0) return clamp(y, 0, max);
  const plain = y - viewport * READING_LINE;
  if (plain <= max - viewport) return Math.max(0, plain);
  // Over the last screen: y = s + vh·(R + (1 − R)(1 − (max − s)/vh)), solved for s.
  const sliding = (y - viewport + (1 - READING_LINE) * max) / (2 - READING_LINE);
  return clamp(sliding, Math.max(0, max - viewport), max);
}

/** The position at document y, given where each part starts and where the text ends. */
export function positionFromLayout(layout: PartLayout, y: number): ReadingPosition {
  const { parts, end } = layout;
  const first = parts[0];
  if (!first || y <= first.top) return { section: first?.id ?? null, fraction: 0 };
  let index = 0;
  for (let i = 0; i < parts.length; i += 1) {
    if ((parts[i]?.top ?? Infinity) <= y) index = i;
    else break;
  }
  const part = parts[index] ?? first;
  const next = parts[index + 1]?.top ?? end;
  const height = next - part.top;
  return { section: part.id, fraction: height > 0 ? clamp((y - part.top) / height, 0, 1) : 1 };
}

/** The document y of a position; null when its section is not on the page. */
export function layoutOffset(layout: PartLayout, position: ReadingPosition): number | null {
  const index = layout.parts.findIndex((p) => p.id === position.section);
  const part = layout.parts[index];
  if (!part) return null;
  const next = layout.parts[index + 1]?.top ?? layout.end;
  return part.top + clamp(position.fraction, 0, 1) * Math.max(0, next - part.top);
}

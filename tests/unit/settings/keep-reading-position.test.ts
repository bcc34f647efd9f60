import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepReadingPosition } from '../../../src/features/settings/keep-reading-position.ts';

/** A page of paragraphs laid out by hand (jsdom has no layout): `height` each, stacked from `scrollY`. */
function layOut(paragraphs: HTMLElement[], height: () => number) {
  paragraphs.forEach((p, i) => {
    p.getBoundingClientRect = () => {
      const top = i * height() - window.scrollY;
      return { top, bottom: top + height(), height: height(), left: 0, right: 0, width: 0, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    };
  });
}

describe('keepReadingPosition', () => {
  let paragraphs: HTMLElement[];
  let lineHeight = 100;
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    document.body.innerHTML = `<main><div class="prose"><div class="prose__part">${'<p>Text.</p>'.repeat(50)}</div></div></main>`;
    paragraphs = [...document.querySelectorAll<HTMLElement>('p')];
    lineHeight = 100;
    layOut(paragraphs, () => lineHeight);
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
    window.scrollY = 1050;
    window.scrollTo = vi.fn(({ top }: ScrollToOptions) => {
      window.scrollY = top ?? 0;
    }) as unknown as typeof window.scrollTo;
  });
  afterEach(() => vi.unstubAllGlobals());

  const topParagraph = () => paragraphs.findIndex((p) => p.getBoundingClientRect().bottom > 8);

  it('keeps the paragraph at the top of the screen there when the text grows', () => {
    expect(topParagraph()).toBe(10);
    keepReadingPosition(() => (lineHeight = 150));
    for (const frame of frames.splice(0)) frame(0);
    expect(topParagraph()).toBe(10);
    // The reading line (8 px down) was 58% through paragraph 10 before, and is after.
    expect(window.scrollY).toBe(10 * 150 + 0.58 * 150 - 8);
  });

  it('keeps the place found before the first of two changes made within one frame', () => {
    keepReadingPosition(() => (lineHeight = 150));
    // Before the frame, paragraph 7 is at the top: the first change pushed the page, the reader did not move.
    expect(topParagraph()).toBe(7);
    keepReadingPosition(() => (lineHeight = 200));
    for (const frame of frames.splice(0)) frame(0);
    expect(topParagraph()).toBe(10);
    expect(window.scrollY).toBe(10 * 200 + 0.58 * 200 - 8);
  });
});

import type { Part, PartLayout } from '../../store/progress-math.ts';

/** Where each part of the article starts on the page, in document coordinates; `text` wraps the article's text. */
export function measureLayout(text: HTMLElement, parts: readonly Part[]): PartLayout {
  const scrollY = window.scrollY;
  const box = text.getBoundingClientRect();
  const measured: PartLayout['parts'] = [];
  for (const part of parts) {
    if (part.id === null) {
      measured.push({ id: null, top: box.top + scrollY });
      continue;
    }
    const heading = text.querySelector(`#${CSS.escape(part.id)}`);
    if (heading) measured.push({ id: part.id, top: heading.getBoundingClientRect().top + scrollY });
  }
  return { parts: measured, end: box.bottom + scrollY };
}

/** The page's full height and the viewport's, for the reading line. */
export function pageMetrics(): { viewport: number; documentHeight: number } {
  return { viewport: window.innerHeight, documentHeight: document.documentElement.scrollHeight };
}

/** The block of text at the top of the viewport and how far through it the reader is. */
interface Anchor {
  element: Element;
  fraction: number;
}

/** Top of the reading area: below the sticky header. */
const readingTop = () => (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 8;

function findAnchor(): Anchor | null {
  const top = readingTop();
  // Blocks of the text itself (not the sticky contents beside it), in reading order; an article's
  // text is in parts (see ArticleBody).
  const prose = document.querySelectorAll('main .prose > :not(.prose__part), main .prose__part > *');
  const blocks = prose.length ? prose : document.querySelectorAll('main h1, main h2, main p, main li');
  for (const element of blocks) {
    const box = element.getBoundingClientRect();
    if (box.bottom > top && box.height > 0) return { element, fraction: Math.min(1, Math.max(0, (top - box.top) / box.height)) };
  }
  return null;
}

/**
 * Applies a change that reflows the text (size, width, font) and scrolls so the same words stay
 * at the top of the screen: the reader keeps their place.
 */
export function keepReadingPosition(change: () => void): void {
  const anchor = window.scrollY > 0 ? findAnchor() : null;
  change();
  if (!anchor) return;
  requestAnimationFrame(() => {
    const box = anchor.element.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top + anchor.fraction * box.height - readingTop(), behavior: 'instant' });
  });
}

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

/** The place a correction is already on its way to, when changes come faster than frames. */
let pending: Anchor | null = null;

/**
 * Applies a change that reflows the text (size, width, font) and scrolls so the same words stay
 * at the top of the screen: the reader keeps their place. Changes made before the next frame (two
 * settings picked in quick succession) keep the place found before the first: the text at the top
 * of the screen in between is where the first change pushed the page, not where the reader was.
 */
export function keepReadingPosition(change: () => void): void {
  if (pending) {
    change();
    return;
  }
  const anchor = window.scrollY > 0 ? findAnchor() : null;
  change();
  if (!anchor) return;
  pending = anchor;
  requestAnimationFrame(() => {
    pending = null;
    const box = anchor.element.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top + anchor.fraction * box.height - readingTop(), behavior: 'instant' });
  });
}

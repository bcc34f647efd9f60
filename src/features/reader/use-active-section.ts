import { useEffect, useState } from 'react';
import type { SectionId } from '../../shared/ids.ts';

/** How far below the top of the viewport a heading counts as the one being read. */
const READING_LINE = 0.25;

/**
 * The section being read: the last heading above the reading line. An IntersectionObserver
 * wakes it only when a heading crosses the viewport, so scrolling does no work in between.
 * It follows the headings in the page when it mounts, and again each time `textComplete` changes
 * (the text arrives in parts: see ArticleBody).
 */
export function useActiveSection(ids: readonly SectionId[], textComplete: boolean): SectionId | null {
  const [active, setActive] = useState<SectionId | null>(null);

  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (!headings.length || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      const line = window.innerHeight * READING_LINE;
      let current: SectionId | null = null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading.id as SectionId;
        else break;
      }
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px`, threshold: [0, 1] });
    headings.forEach((h) => observer.observe(h));
    update();
    return () => observer.disconnect();
  }, [ids, textComplete]);

  return active;
}

import { useEffect, useMemo, type RefObject } from 'react';
import type { ArticleData } from '../../shared/content-types.ts';
import {
  articleParts,
  isEnd,
  layoutOffset,
  percentAt,
  positionAtPercent,
  positionFromLayout,
  readingLineY,
  scrollForReadingLine,
} from '../../store/progress-math.ts';
import { readingStore, useReadingStore } from '../../store/use-reading-store.ts';
import { measureLayout, pageMetrics } from './measure-layout.ts';

/** Input that means the reader is moving the page themselves: a late restore must not fight it. */
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Resolves once web fonts are in and the browser has laid out and painted the text. */
async function layoutSettled(): Promise<void> {
  await document.fonts?.ready.catch(() => undefined);
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Keeps the reader's place in `article`: once stored data is in, returns to the saved position
 * (unless the URL names a `#section`, which wins), then records the position as the reader scrolls.
 * `text` wraps the article's text.
 */
export function useReadingTracker(article: ArticleData, text: RefObject<HTMLElement | null>): void {
  const ready = useReadingStore((s) => s.ready);
  const parts = useMemo(() => articleParts(article), [article]);
  const slug = article.slug;

  useEffect(() => {
    const element = text.current;
    if (!ready || !element) return;
    let cancelled = false;
    let tracking = false;
    let frame = 0;
    let userMoved = false;
    /** When the reader last moved the page themselves (ms since 1970, like the store's times). */
    let lastInput = 0;

    const record = () => {
      frame = 0;
      // Landing on a linked #section is a peek, not reading: only the reader's own scrolling starts
      // an article, or starts it again after "Mark as unread".
      const entry = readingStore.store.getState().progress[slug];
      if (entry?.startedAt == null && lastInput <= (entry?.updatedAt ?? 0)) return;
      const { viewport, documentHeight } = pageMetrics();
      const position = positionFromLayout(measureLayout(element, parts), readingLineY(window.scrollY, viewport, documentHeight));
      readingStore.store.getState().recordPosition(slug, position, percentAt(position, parts) ?? 0, isEnd(position, parts));
    };
    const onScroll = () => {
      if (tracking && !frame) frame = requestAnimationFrame(record);
    };
    const onUser = () => {
      userMoved = true;
      lastInput = Date.now();
    };

    const restore = async () => {
      const entry = readingStore.store.getState().progress[slug];
      const saved = entry?.startedAt != null ? entry.position : null;
      if (!window.location.hash && saved && !isEnd(saved, parts)) {
        await layoutSettled();
        if (cancelled || userMoved) return;
        const layout = measureLayout(element, parts);
        // A section gone in a content update: go back to the same share of the words instead.
        const offset = layoutOffset(layout, saved) ?? layoutOffset(layout, positionAtPercent(entry?.percent ?? 0, parts));
        if (offset !== null) {
          const { viewport, documentHeight } = pageMetrics();
          window.scrollTo({ top: scrollForReadingLine(offset, viewport, documentHeight), behavior: 'instant' });
        }
      }
    };

    USER_SCROLL_EVENTS.forEach((type) => window.addEventListener(type, onUser, { passive: true }));
    window.addEventListener('scroll', onScroll, { passive: true });
    void restore().then(() => {
      if (!cancelled) tracking = true;
    });
    return () => {
      cancelled = true;
      if (frame) cancelAnimationFrame(frame);
      USER_SCROLL_EVENTS.forEach((type) => window.removeEventListener(type, onUser));
      window.removeEventListener('scroll', onScroll);
    };
  }, [ready, slug, parts, text]);
}

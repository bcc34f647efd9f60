import { useEffect, useMemo, useRef, type RefObject } from 'react';
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
import { readingStore } from '../../store/use-reading-store.ts';
import { measureLayout, pageMetrics } from './measure-layout.ts';

/** Input that means the reader is moving the page themselves: a late restore must not fight it. */
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Resolves once web fonts are in and the browser has laid out and painted the text. */
async function layoutSettled(): Promise<void> {
  await document.fonts?.ready.catch(() => undefined);
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** The reader's own input on the page of one article: a late restore must not fight it. */
interface ReaderInput {
  /** The reader has moved the page themselves. */
  moved: boolean;
  /** When they last did (ms since 1970, like the store's times). */
  last: number;
}

/**
 * Keeps the reader's place in `article`: once stored data is in and the whole text is in the page
 * (`textComplete`: it can arrive in parts, see ArticleBody), returns to the saved position (unless
 * the URL names a `#section`, which wins), then records the position as the reader scrolls.
 * `text` wraps the article's text.
 */
export function useReadingTracker(article: ArticleData, text: RefObject<HTMLElement | null>, textComplete: boolean): void {
  const parts = useMemo(() => articleParts(article), [article]);
  const slug = article.slug;
  const input = useRef<ReaderInput>({ moved: false, last: 0 });

  // Watched from the start, while the text may still be arriving: scrolling then is the reader's too.
  useEffect(() => {
    const current: ReaderInput = { moved: false, last: 0 };
    input.current = current;
    const onUser = () => {
      current.moved = true;
      current.last = Date.now();
    };
    USER_SCROLL_EVENTS.forEach((type) => window.addEventListener(type, onUser, { passive: true }));
    return () => USER_SCROLL_EVENTS.forEach((type) => window.removeEventListener(type, onUser));
  }, [slug]);

  useEffect(() => {
    const element = text.current;
    if (!textComplete || !element) return;
    const reader = input.current;
    let cancelled = false;
    let tracking = false;
    let frame = 0;

    const record = () => {
      frame = 0;
      // Landing on a linked #section is a peek, not reading: only the reader's own scrolling starts
      // an article, or starts it again after "Mark as unread".
      const entry = readingStore.store.getState().progress[slug];
      if (entry?.startedAt == null && reader.last <= (entry?.updatedAt ?? 0)) return;
      const { viewport, documentHeight } = pageMetrics();
      const position = positionFromLayout(measureLayout(element, parts), readingLineY(window.scrollY, viewport, documentHeight));
      readingStore.store.getState().recordPosition(slug, position, percentAt(position, parts) ?? 0, isEnd(position, parts));
    };
    const onScroll = () => {
      if (tracking && !frame) frame = requestAnimationFrame(record);
    };

    const restore = async () => {
      const entry = readingStore.store.getState().progress[slug];
      const saved = entry?.startedAt != null ? entry.position : null;
      if (!window.location.hash && saved && !isEnd(saved, parts)) {
        await layoutSettled();
        if (cancelled || reader.moved) return;
        const layout = measureLayout(element, parts);
        // A section gone in a content update: go back to the same share of the words instead.
        const offset = layoutOffset(layout, saved) ?? layoutOffset(layout, positionAtPercent(entry?.percent ?? 0, parts));
        if (offset !== null) {
          const { viewport, documentHeight } = pageMetrics();
          window.scrollTo({ top: scrollForReadingLine(offset, viewport, documentHeight), behavior: 'instant' });
        }
      }
    };

    const start = () => {
      window.addEventListener('scroll', onScroll, { passive: true });
      void restore().then(() => {
        if (!cancelled) tracking = true;
      });
    };
    // Stored data arrives just after hydration. Waiting for it here, rather than selecting
    // `ready` in the hook, keeps the whole page from rendering again (synchronously, as every
    // store change does) when it comes.
    let stopWaiting = () => {};
    if (readingStore.store.getState().ready) start();
    else {
      stopWaiting = readingStore.store.subscribe((state) => {
        if (!state.ready) return;
        stopWaiting();
        start();
      });
    }
    return () => {
      cancelled = true;
      stopWaiting();
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [textComplete, slug, parts, text]);
}

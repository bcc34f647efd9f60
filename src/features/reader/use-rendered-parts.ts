import { useEffect, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { isHydrating } from '../../lib/hydration.ts';
import type { BodyPart } from '../../shared/content-types.ts';

/**
 * Words rendered below the start of the part the reader lands on, in the first commit: a few
 * screens even on a phone, so the page can scroll that part to the top.
 */
const WORDS_AHEAD = 800;
/** Parts each later step adds: a few hundred words, laid out in one short task. */
const PARTS_PER_STEP = 2;

/** Whether a part opens with or holds, at its top level, the heading with this id. */
const holdsHeading = (part: BodyPart, id: string) =>
  part.tree.children.some((node) => node.type === 'heading' && node.data?.hProperties?.id === id);

/**
 * How many parts the first commit renders: from the top down to the part holding `target` (a
 * heading id; null for the top of the text), and parts below it up to WORDS_AHEAD words. Every
 * part when `target` names no heading: then nothing says where on the page the reader lands.
 */
export function firstPartCount(body: readonly BodyPart[], target: string | null): number {
  const index = target === null ? 0 : body.findIndex((part) => holdsHeading(part, target));
  if (index < 0) return body.length;
  let words = 0;
  const end = body.findIndex((part, i) => i >= index && (words += part.words) >= WORDS_AHEAD);
  return end < 0 ? body.length : end + 1;
}

/** The heading id a location's `#hash` names, or null. */
const targetOf = (hash: string) => (hash ? decodeURIComponent(hash.slice(1)) : null);

/**
 * How many of `body`'s parts to render. Prerendering and hydration render them all (hydration
 * adopts the server's HTML part by part, see HydrateOnApproach). An article opened by a link in
 * the app renders its top (or, for a link to a `#section`, down to that section) at once, then
 * adds the rest a few parts per task: a long text shows at once, and the reader can scroll and
 * tap while the rest arrives. A back or forward step renders everything at once: the router
 * restores a scroll position that only the whole text can reach.
 *
 * A move to a `#section` not rendered yet (the contents, while parts are still coming) renders
 * down to it in the same commit, so the router finds it to scroll to. `onComplete` runs once
 * every part is in the page (in the first commit's effects, when they all are at once).
 */
export function useRenderedParts(body: readonly BodyPart[], onComplete?: () => void): number {
  const navigation = useNavigationType();
  const { hash } = useLocation();
  const [count, setCount] = useState(() => {
    if (typeof document === 'undefined' || isHydrating() || navigation === 'POP') return body.length;
    return firstPartCount(body, targetOf(hash));
  });
  const [seenHash, setSeenHash] = useState(hash);
  if (hash !== seenHash) {
    setSeenHash(hash);
    const needed = firstPartCount(body, targetOf(hash));
    if (needed > count) setCount(needed);
  }
  const complete = count >= body.length;

  useEffect(() => {
    if (complete) {
      onComplete?.();
      return;
    }
    // Not a transition: a step is short, and a move to a #section (the router's transition) must
    // find the count as the steps left it. The router changes the address before it renders: a
    // step reaches a section moved to but not rendered yet at once, rather than holding the move
    // up until the text is in.
    const timer = setTimeout(() => {
      const moved = window.location.hash !== hash;
      const needed = moved ? firstPartCount(body, targetOf(window.location.hash)) : 0;
      setCount((n) => Math.max(n + PARTS_PER_STEP, needed));
    });
    return () => clearTimeout(timer);
  }, [body, complete, count, hash, onComplete]);

  return Math.min(count, body.length);
}

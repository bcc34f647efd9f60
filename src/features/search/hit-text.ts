import { useMemo } from 'react';
import { highlight, snippet, type TextPart } from './highlight.ts';
import type { SearchHit } from './search-engine.ts';

/** What a result shows: where it is, its name and a snippet, matched words marked. */
export interface HitText {
  /** The article a section is in, or the kind of page. */
  context: string;
  label: TextPart[];
  snippet: TextPart[];
}

/** The text of a result, highlighted; `length` is about how long the snippet may be. */
export function useHitText(hit: SearchHit, length: number): HitText {
  return useMemo(() => {
    const terms = new Set(hit.terms);
    return {
      context: hit.kind === 'section' ? (hit.context ?? '') : hit.kind === 'article' ? 'Article' : 'Glossary',
      label: highlight(hit.label, terms),
      snippet: snippet(hit.excerpt, terms, length),
    };
  }, [hit, length]);
}

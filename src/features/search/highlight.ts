import { processTerm, WORD } from '../../shared/search-options.ts';

/** A run of text, marked when it is a matched word (or words). */
export interface TextPart {
  text: string;
  match: boolean;
}

interface Word {
  start: number;
  end: number;
  hit: string | null;
}

/** Words of `text` with their positions; `hit` is the index term when it is one of `terms`. */
function wordsOf(text: string, terms: ReadonlySet<string>): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const term = processTerm(m[0]);
    const start = m.index ?? 0;
    return { start, end: start + m[0].length, hit: term !== null && terms.has(term) ? term : null };
  });
}

/**
 * Splits text into plain and matched runs. A word matches when it normalises, as the index does,
 * to one of `terms`; neighbouring matches joined only by spaces or hyphens become one run.
 */
export function highlight(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  let open: { start: number; end: number } | null = null;
  const flush = () => {
    if (!open) return;
    if (open.start > cursor) parts.push({ text: text.slice(cursor, open.start), match: false });
    parts.push({ text: text.slice(open.start, open.end), match: true });
    cursor = open.end;
    open = null;
  };
  for (const word of wordsOf(text, terms)) {
    if (!word.hit) continue;
    if (open && /^[\s-]*$/.test(text.slice(open.end, word.start))) open.end = word.end;
    else {
      flush();
      open = { start: word.start, end: word.end };
    }
  }
  flush();
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/** How much of a snippet may come before its first match, so the match reads in context. */
const LEAD = 0.3;
/** A match this far into its sentence (as a share of the snippet) starts the snippet mid-sentence. */
const SENTENCE_LEAD = 0.5;
const SENTENCE_END = /[.!?…]["”’)]*\s+/g;
const CLOSING = /^[.,;:!?…"”’)\]]+/;

/**
 * About `length` characters of `text` around its matches, highlighted: the window holding the most
 * different matched words, from the start of the first one's sentence when that is near, else from
 * a word; ellipses where it is cut. Without a match in the text (the title matched, say) it is the
 * text's beginning.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 180): TextPart[] {
  if (text.length <= length) return highlight(text, terms);
  const words = wordsOf(text, terms);
  const hits = words.filter((w) => w.hit);

  let anchor: Word | null = null;
  let best = 0;
  for (const hit of hits) {
    const from = Math.max(0, hit.start - Math.round(length * LEAD));
    const found = new Set(hits.filter((h) => h.start >= from && h.end <= from + length).map((h) => h.hit));
    if (found.size > best) {
      best = found.size;
      anchor = hits.find((h) => h.start >= from) ?? hit;
    }
  }

  let start = 0;
  if (anchor) {
    const sentenceEnd = [...text.slice(0, anchor.start).matchAll(SENTENCE_END)].pop();
    const sentenceStart = sentenceEnd ? (sentenceEnd.index ?? 0) + sentenceEnd[0].length : 0;
    if (anchor.start - sentenceStart <= length * SENTENCE_LEAD) start = sentenceStart;
    else {
      const from = anchor.start - Math.round(length * LEAD);
      start = words.find((w) => w.start >= from)?.start ?? anchor.start;
    }
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    end = [...words].reverse().find((w) => w.end <= end && w.start >= start)?.end ?? end;
    end += CLOSING.exec(text.slice(end))?.[0].length ?? 0;
  }

  const parts = highlight(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
